import { BUILT_IN_FIELDS, DELIVERY_TYPES, type DeliveryType, type Pool } from '@codepool/shared';
import { Button } from '../../../components/button.tsx';
import { Card } from '../../../components/card.tsx';
import { DownloadIcon } from '../../../components/icons.tsx';
import { csvTemplate, downloadText, templateFileName } from '../lib/csv-template.ts';

const LABELS: Record<DeliveryType, string> = {
  code: 'Gift card codes',
  key: 'Keys',
  account: 'Accounts',
  license: 'Licenses',
  bundle: 'Bundles',
  custom: 'This pool',
  file: 'Files (optional text beside each)',
  image: 'Images (optional text beside each)',
};

/** CSV templates, made in the browser from the field schema of each delivery type. */
export function TemplateDownloads({ pool }: { pool: Pool }) {
  const types = DELIVERY_TYPES.filter((t) => t !== 'custom');
  const download = (type: DeliveryType) => {
    const fields = type === 'custom' ? pool.fields : BUILT_IN_FIELDS[type];
    downloadText(templateFileName(type), csvTemplate(fields));
  };
  return (
    <Card
      title="CSV templates"
      description={`The columns each kind of pool takes, plus the optional expires_at (YYYY-MM-DD), cost and supplier. This pool takes: ${pool.fields.map((f) => f.name).join(', ')}.`}
    >
      <div className="template-buttons">
        {pool.deliveryType === 'custom' && (
          <Button size="sm" variant="primary" icon={<DownloadIcon />} onClick={() => download('custom')}>
            {LABELS.custom}
          </Button>
        )}
        {types.map((t) => (
          <Button
            key={t}
            size="sm"
            variant={t === pool.deliveryType ? 'primary' : 'secondary'}
            icon={<DownloadIcon />}
            onClick={() => download(t)}
          >
            {LABELS[t]}
          </Button>
        ))}
      </div>
    </Card>
  );
}
