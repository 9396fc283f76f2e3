import { useCallback, useEffect, useRef, useState } from 'react';

export type Loadable<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: unknown };

export type UseApi<T> = Loadable<T> & {
  /** Loads again, showing the skeleton (after an error) or quietly in place (with data on screen). */
  reload: () => void;
  /** Replaces the data on screen with a fresher copy the caller already holds. */
  replace: (data: T) => void;
};

/**
 * Loads one API resource for a screen. `key` names what is loaded: when it changes the
 * screen starts over; `null` loads nothing. An answer that arrives after the screen moved
 * on is dropped.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): UseApi<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading', data: undefined, error: undefined });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  // Which key the data on screen belongs to: a reload keeps it visible, a new key does not.
  const shownKey = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger
  useEffect(() => {
    if (key === null) return;
    const ctrl = new AbortController();
    if (shownKey.current !== key) setState({ status: 'loading', data: undefined, error: undefined });
    loadRef.current(ctrl.signal).then(
      (data) => {
        if (ctrl.signal.aborted) return;
        shownKey.current = key;
        setState({ status: 'ready', data, error: undefined });
      },
      (error: unknown) => {
        // A quiet refresh that fails keeps the data on screen; a first load shows the error.
        if (ctrl.signal.aborted || shownKey.current === key) return;
        setState({ status: 'error', data: undefined, error });
      },
    );
    return () => ctrl.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback(
    (data: T) => {
      shownKey.current = key;
      setState({ status: 'ready', data, error: undefined });
    },
    [key],
  );
  return { ...state, reload, replace };
}
