import {
  backButton,
  downloadFile,
  hapticFeedback,
  invoice,
  isAccessDeniedError,
  mainButton,
} from '@telegram-apps/sdk-react';
import { useEffect, useRef } from 'react';

/**
 * Telegram's native controls, used only where a Telegram client is really listening. With
 * launch parameters but no client behind them (a plain browser, a test), every call here is
 * a no-op and pages show their own in-page buttons instead.
 */
let nativeBridge = false;

/** Set once by init.ts after the SDK is ready. */
export function setNativeBridge(available: boolean) {
  nativeBridge = available;
}

export function hasNativeBridge(): boolean {
  return nativeBridge;
}

/** True when a Telegram client can receive the SDK's method calls (the check the bridge itself makes). */
export function detectNativeBridge(): boolean {
  const w = window as Window & { TelegramWebviewProxy?: unknown; external?: { notify?: unknown } };
  if (w.TelegramWebviewProxy) return true;
  if (typeof w.external?.notify === 'function') return true;
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** Runs an SDK call that must never break a screen: Telegram clients differ in what they support. */
export function safely(fn: () => void) {
  if (!nativeBridge) return;
  try {
    fn();
  } catch (e) {
    console.warn('[codepool] Telegram call failed', e);
  }
}

export const haptic = {
  tap: () => safely(() => hapticFeedback.impactOccurred.ifAvailable('light')),
  select: () => safely(() => hapticFeedback.selectionChanged.ifAvailable()),
  success: () => safely(() => hapticFeedback.notificationOccurred.ifAvailable('success')),
  warning: () => safely(() => hapticFeedback.notificationOccurred.ifAvailable('warning')),
  error: () => safely(() => hapticFeedback.notificationOccurred.ifAvailable('error')),
};

/**
 * Shows Telegram's back button while the calling page is on screen, and calls `onBack`
 * when it is pressed. Returns false when there is no native button, so the page draws its own.
 */
export function useBackButton(onBack: (() => void) | null): boolean {
  const handler = useRef(onBack);
  handler.current = onBack;
  const wanted = onBack !== null;
  useEffect(() => {
    if (!nativeBridge) return;
    if (!wanted) {
      safely(() => backButton.hide.ifAvailable());
      return;
    }
    let off: VoidFunction | undefined;
    safely(() => {
      backButton.show.ifAvailable();
      const result = backButton.onClick.ifAvailable(() => handler.current?.());
      if (result[0]) off = result[1];
    });
    return () => {
      off?.();
      safely(() => backButton.hide.ifAvailable());
    };
  }, [wanted]);
  return nativeBridge;
}

export type MainButtonOptions = {
  text: string;
  onClick: () => void;
  visible?: boolean;
  enabled?: boolean;
  loading?: boolean;
};

/**
 * Drives Telegram's main button from a page. Returns true when the native button is used;
 * false means the page renders an in-page button with the same text and action.
 */
export function useMainButton({ text, onClick, visible = true, enabled = true, loading = false }: MainButtonOptions) {
  const handler = useRef(onClick);
  handler.current = onClick;
  const native = nativeBridge && mainButton.setParams.isAvailable();

  useEffect(() => {
    if (!native) return;
    let off: VoidFunction | undefined;
    safely(() => {
      const result = mainButton.onClick.ifAvailable(() => handler.current());
      if (result[0]) off = result[1];
    });
    return () => {
      off?.();
      safely(() => mainButton.setParams.ifAvailable({ isVisible: false, isLoaderVisible: false }));
    };
  }, [native]);

  useEffect(() => {
    if (!native) return;
    safely(() =>
      mainButton.setParams.ifAvailable({
        text,
        isVisible: visible,
        isEnabled: enabled && !loading,
        isLoaderVisible: loading,
      }),
    );
  }, [native, text, visible, enabled, loading]);

  return native;
}

export type InvoiceOutcome = 'paid' | 'cancelled' | 'failed' | 'pending' | 'unsupported';

/** Opens a Stars invoice link in Telegram and resolves with what the user did. */
export async function openInvoice(link: string): Promise<InvoiceOutcome> {
  if (!nativeBridge || !invoice.open.isAvailable()) return 'unsupported';
  const status = await invoice.open(link, 'url');
  switch (status) {
    case 'paid':
    case 'cancelled':
    case 'failed':
    case 'pending':
      return status;
    default:
      return 'failed';
  }
}

export type SaveOutcome = 'telegram' | 'browser' | 'cancelled';

type LegacyWebApp = { downloadFile?: (params: { url: string; file_name: string }) => void };

/**
 * Saves a file from an absolute URL. Inside Telegram (Mini Apps 8.0+) the client's own download
 * prompt (`downloadFile`): a Mini App's webview often cannot save a link itself. The SDK's
 * version first, then `Telegram.WebApp.downloadFile` where a page loaded telegram-web-app.js;
 * outside Telegram, an `<a download>` click. The URL is single-use: a failure is thrown, not
 * retried here with the same link.
 */
export async function saveFile(url: string, fileName: string): Promise<SaveOutcome> {
  if (nativeBridge && downloadFile.isAvailable()) {
    try {
      await downloadFile(url, fileName);
      return 'telegram';
    } catch (e) {
      if (isAccessDeniedError(e)) return 'cancelled';
      throw e;
    }
  }
  const legacy = (window as Window & { Telegram?: { WebApp?: LegacyWebApp } }).Telegram?.WebApp;
  if (typeof legacy?.downloadFile === 'function') {
    legacy.downloadFile({ url, file_name: fileName });
    return 'telegram';
  }
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return 'browser';
}
