interface CountsTableProps {
  caption: string;
  head: readonly [string, string];
  rows: readonly (readonly [string, number])[];
}

/**
 * The numbers of a chart as a plain table behind a 表格 toggle: what a screen reader reads
 * instead of the picture, and anyone who wants the exact numbers.
 */
export function CountsTable({ caption, head, rows }: CountsTableProps) {
  return (
    <details className="counts-table">
      <summary className="counts-table__summary">表格</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col">{head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, count]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
