/** Daily counts as small bars; the last day on the right. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const w = 120;
  const h = 28;
  const max = Math.max(1, ...values);
  const step = w / Math.max(1, values.length);
  return (
    <svg width={w} height={h} role="img" aria-label={label} className="sparkline">
      <line x1={0} x2={w} y1={h - 0.5} y2={h - 0.5} className="spark-base" />
      {values.map((v, i) =>
        v > 0 ? (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: one bar per day, by position
            key={i}
            x={i * step + step * 0.15}
            width={Math.max(1.5, step * 0.7)}
            y={h - (v / max) * (h - 2)}
            height={(v / max) * (h - 2)}
            className="spark-bar"
          />
        ) : null,
      )}
    </svg>
  );
}
