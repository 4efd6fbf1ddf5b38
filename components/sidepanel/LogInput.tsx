// Where the log comes in: type or paste into the box, drop a file (or text) on it, or pick a file.
// Large inputs stay out of the text box (a 50 MB textarea would freeze the panel); a summary shows.
import { useRef, useState } from 'preact/hooks';
import { BIG_INPUT_CHARS, formatSize, type InputNotice } from './input-checks';

export interface LogInputProps {
  text: string;
  /** "pasted text", a file name, "selection from …". */
  label?: string;
  /** `typed`: analyse after a pause; `now`: analyse at once. */
  onText(text: string, label: string, when: 'typed' | 'now'): void;
  onFile(file: File): void;
  onNotice(notice: InputNotice): void;
  onClear(): void;
  onExample(): void;
}

const EMPTY_PASTE: InputNotice = { level: 'info', text: 'The clipboard held no text to paste. Copy some log lines, or drop a log file here.' };
const BLANK_PASTE: InputNotice = { level: 'info', text: 'The pasted text is only blank space; there is nothing to analyse.' };

export function LogInput({ text, label, onText, onFile, onNotice, onClear, onExample }: LogInputProps) {
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const big = text.length > BIG_INPUT_CHARS;

  const onPaste = (e: ClipboardEvent) => {
    const data = e.clipboardData;
    if (!data) return; // let the browser paste
    e.preventDefault();
    if (data.files && data.files.length > 0) {
      onFile(data.files[0]);
      return;
    }
    const pasted = data.getData('text/plain') || data.getData('text');
    if (!pasted) return onNotice(EMPTY_PASTE);
    if (!pasted.trim()) return onNotice(BLANK_PASTE);
    const box = e.currentTarget as HTMLTextAreaElement;
    const current = big ? '' : box.value;
    const from = big ? 0 : box.selectionStart ?? current.length;
    const to = big ? 0 : box.selectionEnd ?? current.length;
    onText(current.slice(0, from) + pasted + current.slice(to), 'pasted text', 'now');
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) return onFile(file);
    const dropped = e.dataTransfer?.getData('text/plain') ?? '';
    if (dropped.trim()) onText(dropped, 'dropped text', 'now');
    else onNotice({ level: 'info', text: 'Nothing readable was dropped. Drop a log file or some selected log text.' });
  };

  return (
    <section
      class={`pl-input${dragging ? ' pl-input-dragging' : ''}`}
      aria-label="Log input"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label for="pl-log-input" class="pl-section-title">Paste a firewall log, drop a file here, or open one</label>
      {big ? (
        <div class="pl-big-input" id="pl-big-input" tabIndex={0} onPaste={onPaste}>
          <strong>{label ?? 'Input'}</strong>: {formatSize(text.length)}, too large to show in the box.
        </div>
      ) : (
        <textarea
          id="pl-log-input"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          placeholder="Mar  3 10:15:01 gw kernel: [UFW BLOCK] IN=eth0 SRC=203.0.113.7 DST=192.0.2.10 PROTO=TCP SPT=44123 DPT=23 …"
          value={text}
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value, 'typed text', 'typed')}
          onPaste={onPaste}
        />
      )}
      <div class="pl-input-actions">
        <button type="button" class="pl-button" onClick={() => picker.current?.click()}>Open a log file…</button>
        <input
          ref={picker}
          id="pl-file"
          type="file"
          class="pl-visually-hidden"
          tabIndex={-1}
          aria-label="Log file"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
        <button type="button" class="pl-button" onClick={onExample}>Try an example</button>
        <button type="button" class="pl-button" id="pl-clear" disabled={!text} onClick={onClear}>Clear</button>
        {label && !big && text && <span class="pl-hint">{label} · {formatSize(text.length)}</span>}
      </div>
    </section>
  );
}
