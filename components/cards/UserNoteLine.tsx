/** The person's own note on a port or address, shown on its card. */
export function UserNoteLine({ note }: { note?: string | null }) {
  if (!note) return null;
  return (
    <p class="pl-user-note" data-testid="user-note">
      <strong>Your note: </strong>
      {note}
    </p>
  );
}
