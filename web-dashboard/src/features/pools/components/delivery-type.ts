import type { DeliveryType, NormalisationRule } from '@codepool/shared';

export const DELIVERY_TYPE_LABELS: Record<DeliveryType, string> = {
  code: 'Gift card codes',
  key: 'Game / product keys',
  account: 'Accounts',
  license: 'Licenses',
  bundle: 'Bundles',
  custom: 'Custom fields',
  file: 'Files (PDF vouchers, license files)',
  image: 'Images (card photos)',
};

export const NORMALISATION_LABELS: Record<NormalisationRule, string> = {
  trim: 'Exact (trim spaces)',
  upper: 'Ignore letter case',
  alnum: 'Letters and digits only (ignore case, dashes, spaces)',
};
