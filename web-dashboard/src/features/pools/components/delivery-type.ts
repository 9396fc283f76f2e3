import type { DeliveryType, NormalisationRule } from '@codepool/shared';
import type { Translate } from '@codepool/shared/i18n';

/** "Gift card codes", "Accounts"…: what a pool of this type holds. */
export const deliveryTypeLabel = (t: Translate, type: DeliveryType) => t(`dash-pool-type-${type}`);

/** How codes are compared for duplicates, as the pool form offers it. */
export const normalisationLabel = (t: Translate, rule: NormalisationRule) => t(`dash-pool-normalisation-${rule}`);
