/** App settings (language, recent files, window bounds, beamer look) in their own lowdb file in userData. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import type { Settings } from '../../shared/ipc/types';
import { SettingsPatch } from '../../shared/ipc/contract';
import { writeFileDurable } from './storage/durable';
import { RememberedImport, REMEMBER_MAX, withRemembered } from '../../shared/import/remember';

/** Stored beside the settings, not part of them: the renderer asks for one entry at a time ('import.recall'). */
interface Stored extends Settings {
  importMappings: RememberedImport[];
}

/** Each remembered mapping checked on its own: one damaged entry is dropped, the others stay. */
const ImportMappings = z
  .array(z.unknown())
  .catch([])
  .transform((list) =>
    list
      .flatMap((e) => {
        const r = RememberedImport.safeParse(e);
        return r.success ? [r.data] : [];
      })
      .slice(0, REMEMBER_MAX),
  );

const SettingsSchema = z.object({
  language: z.enum(['de', 'en']).catch('de'),
  theme: z.enum(['light', 'dark', 'contrast']).catch('light'),
  palette: z.enum(['safe', 'classic']).catch('safe'),
  fontScale: z.number().min(0.75).max(2).catch(1),
  recent: z
    .array(z.object({ path: z.string().max(4096), title: z.string().max(300), openedAt: z.string().max(40) }))
    .max(20)
    .catch([]),
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number().min(400), height: z.number().min(300) })
    .nullable()
    .catch(null),
  zoom: z.record(z.string().max(30), z.number().min(0.25).max(4)).catch({}),
  firstRunDone: z.boolean().catch(false),
  swapDisplays: z.boolean().catch(false),
});

const StoredSchema = SettingsSchema.extend({ importMappings: ImportMappings });

export function defaultSettings(language: 'de' | 'en' = 'de'): Settings {
  return SettingsSchema.parse({ language });
}

class SettingsAdapter implements Adapter<Stored> {
  constructor(private readonly file: string) {}
  async read(): Promise<Stored | null> {
    try {
      return StoredSchema.parse(JSON.parse(await fs.readFile(this.file, 'utf8')));
    } catch {
      return null; // missing or damaged settings: start with defaults, never block the app
    }
  }
  async write(data: Stored): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileDurable(this.file, JSON.stringify(data, null, 1));
  }
}

export class SettingsStore {
  private db: Low<Stored>;
  private settings: Settings;
  constructor(file: string, defaults: Settings = defaultSettings()) {
    this.db = new Low(new SettingsAdapter(file), { ...defaults, importMappings: [] });
    this.settings = defaults;
  }
  async load(): Promise<Settings> {
    await this.db.read();
    return this.refresh();
  }
  get(): Settings {
    return this.settings;
  }
  /** the settings without the remembered import mappings (those stay in main) */
  private refresh(): Settings {
    const { importMappings: _, ...settings } = this.db.data;
    this.settings = settings;
    return settings;
  }
  /** The mapping remembered for a file with this header set (headerSetKey), or null. */
  recallImport(key: string): RememberedImport | null {
    return this.db.data.importMappings.find((e) => e.key === key) ?? null;
  }
  /** Remember a mapping (newest first, at most REMEMBER_MAX header sets); `null` forgets the one of `key`. */
  async rememberImport(key: string, entry: RememberedImport | null): Promise<void> {
    const list = this.db.data.importMappings;
    await this.write({}, { importMappings: entry ? withRemembered(list, { ...entry, key }) : list.filter((e) => e.key !== key) });
  }
  async update(patch: z.infer<typeof SettingsPatch>): Promise<Settings> {
    return this.write({ ...patch, zoom: { ...this.db.data.zoom, ...(patch.zoom ?? {}) } });
  }
  private async write(patch: Partial<Settings>, stored: Partial<Pick<Stored, 'importMappings'>> = {}): Promise<Settings> {
    this.db.data = StoredSchema.parse({ ...this.db.data, ...patch, ...stored });
    const settings = this.refresh();
    try {
      await this.db.write();
    } catch {
      // settings that cannot be written stay in memory for this run
    }
    return settings;
  }
  async touchRecent(file: string, title: string, now: Date): Promise<Settings> {
    const recent = [{ path: file, title, openedAt: now.toISOString() }, ...this.db.data.recent.filter((r) => r.path !== file)].slice(0, 10);
    return this.write({ recent });
  }
  async setBounds(windowBounds: { x: number; y: number; width: number; height: number }): Promise<Settings> {
    return this.write({ windowBounds });
  }
  /** The file was renamed after its title: its entry keeps its place in the list. */
  async moveRecent(from: string, to: string, title: string): Promise<Settings> {
    if (!this.db.data.recent.some((r) => r.path === from)) return this.settings;
    const recent = this.db.data.recent.filter((r) => r.path !== to).map((r) => (r.path === from ? { ...r, path: to, title } : r));
    return this.write({ recent });
  }
  async forgetRecent(file: string): Promise<Settings> {
    return this.write({ recent: this.db.data.recent.filter((r) => r.path !== file) });
  }
}
