type TRow = { label: string; started: number; completed: number; dropOff: number; time: string };

/** Every step of the course in order with its numbers (the charts' data, and the average time). */
export function StepTable({
  steps,
  headers,
}: {
  steps: TRow[];
  headers: { step: string; started: string; done: string; drop: string; time: string };
}) {
  return (
    <div className="data-table-wrap">
      <table className="data-table" data-testid="step-table">
        <thead>
          <tr>
            <th scope="col">{headers.step}</th>
            <th scope="col" className="num">
              {headers.started}
            </th>
            <th scope="col" className="num">
              {headers.done}
            </th>
            <th scope="col" className="num">
              {headers.drop}
            </th>
            <th scope="col" className="num">
              {headers.time}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.label}>
              <th scope="row">{s.label}</th>
              <td className="num">{s.started}</td>
              <td className="num">{s.completed}</td>
              <td className="num">{s.dropOff}</td>
              <td className="num">{s.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
