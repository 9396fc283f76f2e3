import {
  backButton,
  initData,
  init as initSdk,
  isColorDark,
  mainButton,
  miniApp,
  retrieveLaunchParams,
  retrieveRawInitData,
  themeParams,
  viewport,
} from '@telegram-apps/sdk-react';
import { detectNativeBridge, safely, setNativeBridge } from './lib/telegram.ts';

export type LaunchContext =
  | { kind: 'outside' }
  /** Launch parameters are there but the SDK cannot read them: a Telegram client from before Bot API 8.0. */
  | { kind: 'unsupported-client' }
  | {
      kind: 'telegram';
      initDataRaw: string;
      startParam: string | undefined;
      platform: string;
      native: boolean;
      /** The Telegram client's language (`user.language_code`): the app's first language. */
      languageCode: string | undefined;
    };

/** How long to wait for the Telegram client to describe the viewport before going on without it. */
const VIEWPORT_TIMEOUT_MS = 2000;

/** Applies `data-theme` and `color-scheme` so form controls and fallbacks follow a dark Telegram theme. */
function followDarkness(isDark: boolean) {
  const root = document.documentElement;
  root.dataset.theme = isDark ? 'dark' : 'light';
  root.style.colorScheme = isDark ? 'dark' : 'light';
}

/**
 * Without a Telegram client the SDK does not start (it has nobody to talk to), but the
 * theme still came with the launch parameters: bind it the way the SDK would, to the same
 * `--tg-theme-*` names.
 */
function applyLaunchTheme(theme: Partial<Record<string, string>> | undefined) {
  const root = document.documentElement;
  for (const [key, value] of Object.entries(theme ?? {})) {
    if (typeof value === 'string') root.style.setProperty(`--tg-theme-${key.replace(/_/g, '-')}`, value);
  }
  const bg = theme?.bg_color;
  if (bg) followDarkness(isColorDark(bg));
}

/**
 * Starts the Telegram SDK. Launch parameters come from the URL hash the first time and
 * from sessionStorage after a reload; without them (a plain browser) the app is "outside"
 * and shows the open-from-the-bot screen. Theme colours are bound to `--tg-theme-*` CSS
 * variables, which the SDK keeps current when the user switches theme in Telegram.
 */
export function initApp(): LaunchContext {
  let startParam: string | undefined;
  let platform: string;
  let initDataRaw: string | undefined;
  let theme: Partial<Record<string, string>> | undefined;
  let languageCode: string | undefined;
  try {
    const lp = retrieveLaunchParams();
    startParam = lp.tgWebAppStartParam;
    platform = lp.tgWebAppPlatform;
    theme = lp.tgWebAppThemeParams;
    languageCode = lp.tgWebAppData?.user?.language_code;
    initDataRaw = retrieveRawInitData();
  } catch {
    return /[#?&]tgWebAppData=/.test(window.location.href) ? { kind: 'unsupported-client' } : { kind: 'outside' };
  }
  if (!initDataRaw) return { kind: 'outside' };

  // Launch parameters but no client to answer (a plain browser, a test): the SDK's methods
  // would throw, so the app reads what it needs and draws its own controls.
  const native = detectNativeBridge();
  if (!native) {
    applyLaunchTheme(theme);
    return { kind: 'telegram', initDataRaw, startParam, platform, native: false, languageCode };
  }
  try {
    initSdk();
  } catch (e) {
    console.warn('[codepool] Telegram SDK did not start', e);
    applyLaunchTheme(theme);
    return { kind: 'telegram', initDataRaw, startParam, platform, native: false, languageCode };
  }

  // Reading state needs no client: theme and init data come with the launch parameters.
  try {
    if (themeParams.mountSync.isAvailable()) themeParams.mountSync();
    if (themeParams.bindCssVars.isAvailable()) themeParams.bindCssVars();
    followDarkness(themeParams.isDark());
    themeParams.isDark.sub(() => followDarkness(themeParams.isDark()));
    initData.restore();
  } catch (e) {
    console.warn('[codepool] theme parameters unavailable', e);
  }

  setNativeBridge(true);
  safely(() => miniApp.mountSync.ifAvailable());
  safely(() => backButton.mount.ifAvailable());
  safely(() => mainButton.mount.ifAvailable());
  // The page background is the secondary colour (grouped sections); Telegram's frame matches it.
  safely(() => miniApp.setHeaderColor.ifAvailable('secondary_bg_color'));
  safely(() => miniApp.setBackgroundColor.ifAvailable('secondary_bg_color'));
  if (viewport.mount.isAvailable()) {
    viewport
      .mount({ timeout: VIEWPORT_TIMEOUT_MS })
      .then(() => {
        if (viewport.bindCssVars.isAvailable()) viewport.bindCssVars();
        if (!viewport.isExpanded()) viewport.expand.ifAvailable();
      })
      .catch((e: unknown) => console.warn('[codepool] viewport unavailable', e));
  }
  return { kind: 'telegram', initDataRaw, startParam, platform, native: true, languageCode };
}

/** Tells Telegram the first screen is drawn, so it hides its loading placeholder. */
export function signalReady() {
  safely(() => miniApp.ready.ifAvailable());
}
