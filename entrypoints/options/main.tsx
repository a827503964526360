import { render } from 'preact';
import { OptionsForm } from '@/components/OptionsForm';
import { NoteGuardDatabase } from '@/lib/settings/database';
import type { Settings } from '@/lib/settings/settings';

const database = new NoteGuardDatabase();
const app = document.getElementById('app')!;

async function show(): Promise<void> {
  const settings = await database.readSettings();
  render(
    <OptionsForm
      settings={settings}
      onChange={async <K extends keyof Settings>(key: K, value: Settings[K]) => {
        await database.writeSetting(key, value);
        await show();
      }}
    />,
    app,
  );
}
void show();
