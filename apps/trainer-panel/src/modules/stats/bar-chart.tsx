import "./insights.css";

export type TBar = { label: string; value: number; valueText: string };

/**
 * A horizontal bar chart as plain SVG, rendered on the server (no chart library, no client JavaScript): the SVG
 * is an image with a title and description for screen readers, and the same numbers follow in a table.
 */
export function BarChart({
  id,
  title,
  description,
  bars,
  max,
  tableLabel,
  headers,
  tone = "normal",
}: {
  id: string;
  title: string;
  description: string;
  bars: TBar[];
  max?: number;
  tableLabel: string;
  headers: [string, string];
  tone?: "normal" | "warn";
}) {
  const top = Math.max(1, max ?? 0, ...bars.map((b) => b.value));
  // Narrow viewBox, label above its bar: the text stays readable when the SVG shrinks to a phone's width.
  const row = 40;
  const width = 320;
  const barSpace = width - 44;
  const height = Math.max(row, bars.length * row) + 4;
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid={`${id}-chart`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {description} {bars.map((b) => `${b.label}: ${b.valueText}`).join("; ")}
        </desc>
        {bars.map((bar, i) => {
          const y = i * row + 2;
          const w = Math.max(bar.value > 0 ? 2 : 0, (bar.value / top) * barSpace);
          return (
            <g key={`${bar.label}-${i}`}>
              <text x={0} y={y + 12}>
                {bar.label.length > 48 ? `${bar.label.slice(0, 47)}…` : bar.label}
              </text>
              <rect className="track" x={0} y={y + 17} width={barSpace} height={14} rx={3} />
              <rect className={tone === "warn" ? "bar warn" : "bar"} x={0} y={y + 17} width={w} height={14} rx={3} />
              <text x={barSpace + 6} y={y + 28}>
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{tableLabel}</summary>
        <div className="data-table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{headers[0]}</th>
                <th scope="col" className="num">
                  {headers[1]}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar, i) => (
                <tr key={`${bar.label}-${i}`}>
                  <th scope="row">{bar.label}</th>
                  <td className="num">{bar.valueText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
