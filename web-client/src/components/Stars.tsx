/** Stars for a rating of 1 to 5, read out by its label ("Mức độ hài lòng: 4/5"); the stars themselves are decoration. */
export function Stars({ rating, label }: { rating: number; label: string }) {
  return (
    <span className="rating__stars" role="img" aria-label={label}>
      {'★'.repeat(rating)}
      <span className="rating__empty">{'★'.repeat(Math.max(0, 5 - rating))}</span>
    </span>
  );
}
