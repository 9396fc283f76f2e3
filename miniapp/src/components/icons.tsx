import type { ReactNode } from 'react';

type IconProps = { size?: number };

type SvgProps = { size: number; children: ReactNode };

/** Icons are decoration: every button that shows one has a text label or an aria-label. */
function Svg({ size, children }: SvgProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export function EyeIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
    </Svg>
  );
}

export function EyeOffIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M10.6 5.1A10.4 10.4 0 0 1 12 5c6.4 0 10 7 10 7a17 17 0 0 1-2.6 3.5M6.6 6.6C3.7 8.4 2 12 2 12s3.6 7 10 7a9.7 9.7 0 0 0 5.4-1.6" />
      <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" />
      <path d="m2 2 20 20" />
    </Svg>
  );
}

export function CopyIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <rect x="9" y="9" width="12" height="12" rx="2.5" />
      <path d="M5 15H4.5A1.5 1.5 0 0 1 3 13.5v-9A1.5 1.5 0 0 1 4.5 3h9A1.5 1.5 0 0 1 15 4.5V5" />
    </Svg>
  );
}

export function CheckIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="m5 12.5 4.5 4.5L19 7.5" />
    </Svg>
  );
}

export function ChevronIcon({ size = 18 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="m9 5 7 7-7 7" />
    </Svg>
  );
}

export function BackIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="m15 5-7 7 7 7" />
    </Svg>
  );
}

export function DownloadIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M12 4v11m0 0 4.5-4.5M12 15l-4.5-4.5M5 19.5h14" />
    </Svg>
  );
}

export function LockIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <rect x="4.5" y="10.5" width="15" height="10" rx="2.5" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </Svg>
  );
}

export function SearchIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2" />
    </Svg>
  );
}

export function AlertIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M10.3 4.2 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0Z" />
      <path d="M12 9.5v4M12 17h.01" />
    </Svg>
  );
}

export function BagIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M5.5 8h13l-1 12.5h-11Z" />
      <path d="M9 10V6.5a3 3 0 0 1 6 0V10" />
    </Svg>
  );
}

export function GiftIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <rect x="3.5" y="8" width="17" height="4.5" rx="1" />
      <path d="M5 12.5v8h14v-8M12 8v12.5" />
      <path d="M12 8S10.8 3.5 8.3 4.2C6.2 4.8 7 8 9 8M12 8s1.2-4.5 3.7-3.8C17.8 4.8 17 8 15 8" />
    </Svg>
  );
}

export function SendIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M21 3.5 3 10.8l7 2.7 2.7 7L21 3.5Z" />
      <path d="m10 13.5 4.5-4.5" />
    </Svg>
  );
}

export function BoxIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="m12 3 8 4v10l-8 4-8-4V7Z" />
      <path d="m4 7 8 4 8-4M12 11v10" />
    </Svg>
  );
}

export function InboxIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M3.5 13.5 6 5.5h12l2.5 8v5a1 1 0 0 1-1 1h-15a1 1 0 0 1-1-1Z" />
      <path d="M3.5 13.5H8l1.5 2.5h5l1.5-2.5h4.5" />
    </Svg>
  );
}

export function PlusIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <path d="M12 5v14M5 12h14" />
    </Svg>
  );
}

export function CompassIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="m15.5 8.5-2 5-5 2 2-5Z" />
    </Svg>
  );
}

/** Telegram Stars' gold star, drawn, so it looks the same without an emoji font. */
export function StarIcon({ size = 16 }: IconProps) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 24 24">
      <path
        d="M12 2.2l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8Z"
        fill="#FFB800"
        stroke="#F59E0B"
        strokeWidth="1"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function GlobeIcon({ size = 20 }: IconProps) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17M12 3.5c2.3 2.4 3.5 5.2 3.5 8.5s-1.2 6.1-3.5 8.5c-2.3-2.4-3.5-5.2-3.5-8.5s1.2-6.1 3.5-8.5Z" />
    </Svg>
  );
}
