import { BUILT_IN_FIELDS, DELIVERY_TYPES, type DeliveryType, type Pool } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { DownloadIcon } from '../../../components/icons.tsx';
import { csvTemplate, downloadText, templateFileName } from '../lib/csv-template.ts';

/** CSV templates, made in the browser from the field schema of each delivery type. */
export function TemplateDownloads({ pool }: { pool: Pool }) {
  const t = useT();
  const types = DELIVERY_TYPES.filter((type) => type !== 'custom');
  const download = (type: DeliveryType) => {
    const fields = type === 'custom' ? pool.fields : BUILT_IN_FIELDS[type];
    downloadText(templateFileName(type), csvTemplate(fields, t));
  };
  return (
    <Card
      title={t('dash-import-templates-title')}
      description={t('dash-import-templates-text', { columns: pool.fields.map((f) => f.name).join(', ') })}
    >
      <div className="template-buttons">
        {pool.deliveryType === 'custom' && (
          <Button size="sm" variant="primary" icon={<DownloadIcon />} onClick={() => download('custom')}>
            {t('dash-import-template-custom')}
          </Button>
        )}
        {types.map((type) => (
          <Button
            key={type}
            size="sm"
            variant={type === pool.deliveryType ? 'primary' : 'secondary'}
            icon={<DownloadIcon />}
            onClick={() => download(type)}
          >
            {t(`dash-import-template-${type}`)}
          </Button>
        ))}
      </div>
    </Card>
  );
}
