// @vitest-environment happy-dom
// The options page's Notes section over the real background: list, search, edit, delete, export,
// and import with a preview that matches what is written.
import { afterEach, describe, expect, it } from 'vitest';
import { backgroundFor, bodyText, button, cleanup, fireEvent, optionsDeps, pickFile, renderOptions, waitFor } from './options-harness';

afterEach(cleanup);

async function withNotes() {
  const bg = backgroundFor();
  for (const [key, text] of [['port:8443', 'Synology NAS'], ['addr:192.168.1.10', 'office printer'], ['port:53/udp', 'pi-hole DNS']]) {
    await bg.send('note-set', { key, text });
    await new Promise((resolve) => setTimeout(resolve, 3)); // distinct updatedAt, so the order is defined
  }
  return bg;
}

const notesShown = () => [...document.querySelectorAll('.pl-opt-note-key')].map((e) => e.textContent);

describe('options: notes', () => {
  it('lists every note, newest first, and says when there are none', async () => {
    const bg = await withNotes();
    renderOptions(optionsDeps(bg.send).deps);
    await waitFor(() => expect(notesShown()).toEqual(['Port 53/udp', '192.168.1.10', 'Port 8443']));
    expect(bodyText()).toMatch(/3 notes/);
    cleanup();
    renderOptions(optionsDeps(backgroundFor().send).deps);
    await waitFor(() => expect(bodyText()).toMatch(/No notes yet/));
  });

  it('searches by port, address and words', async () => {
    renderOptions(optionsDeps((await withNotes()).send).deps);
    await waitFor(() => expect(notesShown()).toHaveLength(3));
    const search = document.querySelector<HTMLInputElement>('#pl-notes-search')!;
    fireEvent.input(search, { target: { value: 'printer' } });
    expect(notesShown()).toEqual(['192.168.1.10']);
    fireEvent.input(search, { target: { value: 'port 8443' } });
    expect(notesShown()).toEqual(['Port 8443']);
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    expect(bodyText()).toMatch(/No note matches “nothing like it”/);
  });

  it('edits a note in place and deletes one after a confirmation', async () => {
    const bg = await withNotes();
    renderOptions(optionsDeps(bg.send).deps);
    await waitFor(() => expect(notesShown()).toHaveLength(3));
    fireEvent.click(button('Edit the note on Port 8443'));
    const box = document.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(box.value).toBe('Synology NAS');
    fireEvent.input(box, { target: { value: 'Synology DS920+' } });
    fireEvent.click(button('Save'));
    await waitFor(async () => expect((await bg.send('note-get', { key: 'port:8443' }))?.text).toBe('Synology DS920+'));
    await waitFor(() => expect(bodyText()).toMatch(/Synology DS920\+/));

    fireEvent.click(button('Delete the note on 192.168.1.10'));
    expect(bodyText()).toMatch(/Delete this note\?/);
    fireEvent.click(button('Yes, delete'));
    await waitFor(() => expect(notesShown()).toEqual(['Port 8443', 'Port 53/udp']));
    expect(await bg.send('note-get', { key: 'addr:192.168.1.10' })).toBeNull();
  });

  it('exports every note as a JSON file the import accepts back', async () => {
    const bg = await withNotes();
    const { deps, saved } = optionsDeps(bg.send);
    renderOptions(deps);
    fireEvent.click(button('Export notes (JSON)'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].fileName).toMatch(/^portlens-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(saved[0].text);
    expect(exported).toMatchObject({ format: 'portlens-notes', version: 1 });
    expect(exported.notes.map((x: { key: string }) => x.key).sort()).toEqual(['addr:192.168.1.10', 'port:53/udp', 'port:8443']);
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/Exported 3 notes/);

    const other = backgroundFor();
    cleanup();
    renderOptions(optionsDeps(other.send).deps);
    pickFile(document.querySelector<HTMLInputElement>('#pl-import-file')!, saved[0].fileName, saved[0].text);
    await waitFor(() => expect(bodyText()).toMatch(/3 notes in the file: 3 new, 0 newer than yours/));
    fireEvent.click(button('Import 3 notes'));
    await waitFor(() => expect(notesShown()).toHaveLength(3));
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/Imported: 3 new, 0 replaced/);
  });

  it('previews replacements and refusals, and writes nothing on Cancel', async () => {
    const bg = await withNotes();
    renderOptions(optionsDeps(bg.send).deps);
    await waitFor(() => expect(notesShown()).toHaveLength(3));
    const later = Date.now() + 60_000;
    const file = JSON.stringify({
      format: 'portlens-notes', version: 1, exportedAt: new Date().toISOString(),
      notes: [
        { key: 'port:8443', text: 'NAS (from backup)', createdAt: later, updatedAt: later },
        { key: 'port:22', text: 'future', createdAt: Date.UTC(2099, 0, 1), updatedAt: Date.UTC(2099, 0, 1) },
      ],
    });
    pickFile(document.querySelector<HTMLInputElement>('#pl-import-file')!, 'backup.json', file);
    await waitFor(() => expect(bodyText()).toMatch(/2 notes in the file: 0 new, 1 newer than yours \(will replace them\), 0 not newer than yours \(yours stay\), 1 refused/));
    expect(bodyText()).toMatch(/replaces “Synology NAS”/);
    expect(document.activeElement?.id).toBe('pl-import-preview-title'); // keyboard users land on the preview
    expect(bodyText()).toMatch(/Entry 2 \(port:22\): updatedAt is missing or not a date between 2000 and tomorrow/);
    fireEvent.click(button('Cancel'));
    expect(bodyText()).not.toMatch(/Import preview/);
    expect((await bg.send('note-get', { key: 'port:8443' }))?.text).toBe('Synology NAS');
  });

  it('shows a clear message for a file that is not an export, and for a failed import', async () => {
    const bg = await withNotes();
    let failImport = true;
    const { deps } = optionsDeps(bg.send, {});
    deps.notes.importAll = async (json) => {
      if (failImport) throw new Error('QuotaExceededError');
      return bg.send('notes-import', { json });
    };
    renderOptions(deps);
    const input = document.querySelector<HTMLInputElement>('#pl-import-file')!;
    pickFile(input, 'photo.json', '{"hello": 1}');
    await waitFor(() => expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/not a PortLens notes export/));
    const good = JSON.stringify({ format: 'portlens-notes', version: 1, notes: [{ key: 'port:25', text: 'mail', createdAt: Date.now(), updatedAt: Date.now() }] });
    pickFile(input, 'good.json', good);
    await waitFor(() => expect(button('Import 1 note')).toBeTruthy());
    fireEvent.click(button('Import 1 note'));
    await waitFor(() => expect(document.querySelector('[role="alert"]')?.textContent).toBe('Importing the notes failed, so nothing was changed (QuotaExceededError).'));
    expect(bodyText()).toMatch(/Import preview/); // still there, to try again
    failImport = false;
    fireEvent.click(button('Import 1 note'));
    await waitFor(() => expect(document.querySelector('[role="status"]')?.textContent).toMatch(/Imported: 1 new/));
  });
});
