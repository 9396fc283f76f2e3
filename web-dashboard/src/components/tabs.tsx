export type TabOption<T extends string> = { value: T; label: string; count?: number | undefined };

/** A row of filter tabs (a group named by its legend); the selected one is `aria-pressed`. */
export function FilterTabs<T extends string>({
  options,
  value,
  onChange,
  label,
}: {
  options: TabOption<T>[];
  value: T;
  onChange: (value: T) => void;
  label: string;
}) {
  return (
    <fieldset className="tabs">
      <legend className="sr-only">{label}</legend>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`tab ${o.value === value ? 'tab-active' : ''}`}
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
          {o.count !== undefined && <span className="tab-count">{o.count}</span>}
        </button>
      ))}
    </fieldset>
  );
}
