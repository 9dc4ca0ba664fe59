/** Rows an import or restore skipped, with where they are and why (first 50, then a count). */
export function ProblemList({ problems }: { problems: { where: string; message: string }[] }) {
  if (!problems.length) return null;
  return (
    <details class="problems" open={problems.length <= 5}>
      <summary>
        {problems.length} {problems.length === 1 ? 'row was' : 'rows were'} skipped
      </summary>
      <ul id="problem-list">
        {problems.slice(0, 50).map((p) => (
          <li>
            <b>{p.where}</b>: {p.message}
          </li>
        ))}
        {problems.length > 50 && <li class="muted">…and {problems.length - 50} more</li>}
      </ul>
    </details>
  );
}
