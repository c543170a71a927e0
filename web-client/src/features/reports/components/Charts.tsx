// Hand-written SVG: no chart library, nothing inline that the CSP would refuse, and text a screen reader reads.

export type Bar = { key: string; label: string; value: number; tone?: string };

/** Horizontal bars with their numbers; the figure's text alternative is the same numbers as a list. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 0;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul className="bars" aria-label={title}>
        {bars.map((bar) => (
          <li key={bar.key} className="bars__row">
            <span className="bars__label">{bar.label}</span>
            <svg className="bars__svg" viewBox={`0 0 100 ${rowHeight}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect x={labelWidth} y={6} width={100} height={rowHeight - 12} className="bars__track" rx={3} />
              <rect x={labelWidth} y={6} width={(bar.value / max) * 100} height={rowHeight - 12} className={`bars__fill bars__fill--${bar.tone ?? 'default'}`} rx={3} />
            </svg>
            <span className="bars__value">{bar.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** A ring showing a share 0..1, with the percentage in the middle. */
export function Donut({ share, label, caption }: { share: number; label: string; caption: string }) {
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const filled = Math.max(0, Math.min(1, share)) * circumference;
  return (
    <figure className="donut">
      <svg viewBox="0 0 100 100" role="img" aria-label={`${caption}: ${label}`}>
        <circle cx="50" cy="50" r={radius} className="donut__track" />
        <circle
          cx="50"
          cy="50"
          r={radius}
          className="donut__fill"
          strokeDasharray={`${filled} ${circumference - filled}`}
          transform="rotate(-90 50 50)"
        />
        <text x="50" y="55" textAnchor="middle" className="donut__label">
          {label}
        </text>
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** One bar split by status, like a progress bar of the whole session. */
export function StackedBar({ title, parts }: { title: string; parts: Bar[] }) {
  const total = parts.reduce((sum, p) => sum + p.value, 0) || 1;
  let x = 0;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg className="stacked" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {parts.map((p) => {
          const width = (p.value / total) * 100;
          const rect = <rect key={p.key} x={x} y={0} width={width} height={10} className={`bars__fill bars__fill--${p.tone ?? 'default'}`} />;
          x += width;
          return rect;
        })}
      </svg>
      <ul className="legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span className={`legend__swatch bars__fill--${p.tone ?? 'default'}`} aria-hidden="true" />
            {p.label}: <strong>{p.value}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
