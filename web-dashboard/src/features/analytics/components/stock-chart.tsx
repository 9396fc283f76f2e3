import type { StockDay } from '@codepool/shared';
import { useT } from '@codepool/shared/i18n/react';
import { useState } from 'react';
import { useFormat } from '../../../lib/format.ts';
import { niceMax, useWidth } from './use-width.ts';

const HEIGHT = 260;
const PAD = { top: 16, right: 44, bottom: 28, left: 52 };

/**
 * Drawable stock at the end of each day (the line, left axis) and the items drawn that day
 * (the bars, right axis), drawn as plain SVG.
 */
export function StockChart({ days, threshold }: { days: StockDay[]; threshold: number }) {
  const t = useT();
  const f = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const plotW = Math.max(10, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const stockMax = niceMax(Math.max(threshold, ...days.map((d) => d.available)));
  const drawMax = niceMax(Math.max(...days.map((d) => d.draws)));
  const hasDraws = days.some((d) => d.draws > 0);
  const step = plotW / Math.max(1, days.length);
  const x = (i: number) => PAD.left + step * i + step / 2;
  const y = (v: number) => PAD.top + plotH - (v / stockMax) * plotH;
  // Draw bars stay in the lower part, so the stock line reads above them.
  const barH = (v: number) => (v / drawMax) * plotH * 0.45;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * stockMax);
  const line = days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(d.available).toFixed(1)}`).join(' ');
  const area = days.length ? `${line} L${x(days.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z` : '';
  const labelEvery = Math.ceil(days.length / Math.max(2, Math.floor(plotW / 64)));
  const h = hover === null ? null : days[hover];

  return (
    <div className="chart" ref={ref} data-testid="stock-chart">
      <div className="chart-legend">
        <span>
          <i className="legend-line" /> {t('dash-chart-legend-available')}
        </span>
        <span>
          <i className="legend-bar" /> {t('dash-chart-legend-drawn')}
        </span>
        {threshold > 0 && (
          <span>
            <i className="legend-threshold" /> {t('dash-chart-legend-threshold')}
          </span>
        )}
      </div>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={t('dash-chart-label', { days: days.length })}
        onMouseLeave={() => setHover(null)}
        onMouseMove={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          const i = Math.floor((e.clientX - box.left - PAD.left) / step);
          setHover(i >= 0 && i < days.length ? i : null);
        }}
      >
        <defs>
          <linearGradient id="stock-fill" x1="0" x2="0" y1="0" y2="1">
            <stop offset="0%" stopColor="#6366f1" stopOpacity="0.22" />
            <stop offset="100%" stopColor="#6366f1" stopOpacity="0.02" />
          </linearGradient>
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={PAD.left + plotW} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="axis">
              {f.count(tick)}
            </text>
          </g>
        ))}
        {hasDraws && (
          <text x={PAD.left + plotW + 8} y={PAD.top + plotH - plotH * 0.45 + 4} className="axis axis-bars">
            {f.count(drawMax)}
          </text>
        )}
        {days.map((d, i) =>
          d.draws > 0 ? (
            <rect
              key={d.day}
              x={x(i) - Math.max(2, step * 0.3)}
              width={Math.max(4, step * 0.6)}
              y={PAD.top + plotH - barH(d.draws)}
              height={barH(d.draws)}
              rx={2}
              className="bar"
            />
          ) : null,
        )}
        {threshold > 0 && threshold <= stockMax && (
          <line x1={PAD.left} x2={PAD.left + plotW} y1={y(threshold)} y2={y(threshold)} className="threshold" />
        )}
        <path d={area} fill="url(#stock-fill)" />
        <path d={line} className="stock-line" />
        {days.map((d, i) =>
          i % labelEvery === (days.length - 1) % labelEvery ? (
            <text key={d.day} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="axis">
              {f.day(d.day)}
            </text>
          ) : null,
        )}
        {h && hover !== null && (
          <g>
            <line x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={PAD.top + plotH} className="hover-line" />
            <circle cx={x(hover)} cy={y(h.available)} r={4} className="hover-dot" />
          </g>
        )}
        {days.length > 0 && (
          <circle cx={x(days.length - 1)} cy={y(days.at(-1)?.available ?? 0)} r={3.5} className="end-dot" />
        )}
      </svg>
      {h && hover !== null && (
        <div
          className="chart-tip"
          style={{ left: Math.min(width - 170, Math.max(0, x(hover) + 12)), top: PAD.top + 4 }}
        >
          <strong>{f.day(h.day)}</strong>
          <span>{t('dash-chart-tip-available', { count: h.available })}</span>
          <span>{t('dash-chart-tip-drawn', { count: h.draws })}</span>
          <span>{t('dash-chart-tip-added', { count: h.added })}</span>
        </div>
      )}
    </div>
  );
}
