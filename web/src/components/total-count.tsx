/**
 * A list's total: "≈ 1234" when the API estimated it (large filtered sets are counted from the query
 * planner's estimate, see PackageConnection.totalCountEstimated), the number alone when exact.
 */
export function TotalCount({ count, estimated, testId }: { count: number; estimated: boolean; testId?: string }) {
  return (
    <span className="muted count-total" title={estimated ? 'Estimated: large filtered sets are not counted row by row' : undefined}>
      {estimated && (
        <>
          <span aria-hidden="true">≈ </span>
          <span className="visually-hidden">about </span>
        </>
      )}
      <span data-testid={testId}>{count}</span>
    </span>
  );
}
