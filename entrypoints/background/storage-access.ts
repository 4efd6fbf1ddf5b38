// Keeps storage.session (where hand-overs travel) out of content scripts' reach. Chrome's default
// is already TRUSTED_CONTEXTS; setting it says so and undoes any other level set before. Firefox has
// no setAccessLevel (bug 1724754) and never exposes storage.session to content scripts.

export interface SessionAccessApi {
  storage: { session?: { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> } };
}

export async function restrictSessionStorage(api: SessionAccessApi): Promise<'set' | 'browser-default'> {
  const session = api.storage.session;
  if (!session?.setAccessLevel) return 'browser-default';
  await session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return 'set';
}
