import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../../messaging/client';
import type { SearchOutcome } from '../../knowledge';

export function PopupApp() {
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    sendRequest('search', { query })
      .then((o) => live && (setOutcome(o), setError('')))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [query]);
  return (
    <main>
      <input autoFocus value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="Port, address, ICMP type or name" />
      {error && <p role="alert">{error}</p>}
      <ul>{outcome?.results.map((r, i) => <li key={i}>{r.label}</li>)}</ul>
    </main>
  );
}
