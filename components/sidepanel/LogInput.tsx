// Where the log comes in: type or paste into the box, drop a file (or text) on it, or pick a file.
// Large inputs stay out of the text box (a 50 MB textarea would freeze the panel); a summary shows.
import { useRef, useState } from 'preact/hooks';
import { useTranslate } from '../i18n/translate-context';
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

export function LogInput({ text, label, onText, onFile, onNotice, onClear, onExample }: LogInputProps) {
  const t = useTranslate();
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
    if (!pasted) return onNotice({ level: 'info', text: t('sidepanel_emptyPaste') });
    if (!pasted.trim()) return onNotice({ level: 'info', text: t('sidepanel_blankPaste') });
    const box = e.currentTarget as HTMLTextAreaElement;
    const current = big ? '' : box.value;
    const from = big ? 0 : box.selectionStart ?? current.length;
    const to = big ? 0 : box.selectionEnd ?? current.length;
    onText(current.slice(0, from) + pasted + current.slice(to), t('sidepanel_labelPasted'), 'now');
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) return onFile(file);
    const dropped = e.dataTransfer?.getData('text/plain') ?? '';
    if (dropped.trim()) onText(dropped, t('sidepanel_labelDropped'), 'now');
    else onNotice({ level: 'info', text: t('sidepanel_nothingDropped') });
  };

  return (
    <section
      class={`pl-input${dragging ? ' pl-input-dragging' : ''}`}
      aria-label={t('sidepanel_inputLabel')}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label for="pl-log-input" class="pl-section-title">{t('sidepanel_inputPrompt')}</label>
      {big ? (
        <div class="pl-big-input" id="pl-big-input" tabIndex={0} onPaste={onPaste}>
          <strong>{label ?? t('sidepanel_labelInput')}</strong>{t('sidepanel_bigInput', formatSize(t, text.length))}
        </div>
      ) : (
        <textarea
          id="pl-log-input"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          placeholder="Mar  3 10:15:01 gw kernel: [UFW BLOCK] IN=eth0 SRC=203.0.113.7 DST=192.0.2.10 PROTO=TCP SPT=44123 DPT=23 …"
          value={text}
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value, t('sidepanel_labelTyped'), 'typed')}
          onPaste={onPaste}
        />
      )}
      <div class="pl-input-actions">
        <button type="button" class="pl-button" onClick={() => picker.current?.click()}>{t('sidepanel_openFile')}</button>
        <input
          ref={picker}
          id="pl-file"
          type="file"
          class="pl-visually-hidden"
          tabIndex={-1}
          aria-label={t('sidepanel_fileLabel')}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
        <button type="button" class="pl-button" onClick={onExample}>{t('sidepanel_tryExample')}</button>
        <button type="button" class="pl-button" id="pl-clear" disabled={!text} onClick={onClear}>{t('sidepanel_clear')}</button>
        {label && !big && text && <span class="pl-hint">{label} · {formatSize(t, text.length)}</span>}
      </div>
    </section>
  );
}
