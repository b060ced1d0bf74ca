/**
 * A power-loss model of a POSIX file system for R1/R2 tests (docs/design/quality.md): what survives a
 * sudden power cut is only what was fsync'd. File contents become durable when the file is
 * fsync'd; names (create, rename, unlink) become durable when their folder is fsync'd.
 * Everything else is dropped at the cut. Real file systems often keep more (ext4's
 * auto_da_alloc, for one), never less, so passing here is the conservative claim.
 */
import path from 'node:path';
import type { DurableIo } from '../durable';

interface Inode {
  volatile: Uint8Array;
  durable: Uint8Array;
}

export class PowerCut extends Error {
  constructor() {
    super('power cut');
  }
}

export class PowerLossFs implements DurableIo {
  private inodes: Inode[] = [];
  /** name → inode, as the running system sees it */
  private names = new Map<string, number>();
  /** name → inode, as the disk holds it after the last fsync of the folder */
  private durableNames = new Map<string, number>();
  private ops = 0;
  /** the number of file-system calls after which the power goes; Infinity = never */
  cutAfter = Infinity;

  constructor(readonly dir: string) {}

  get cut(): boolean {
    return this.ops >= this.cutAfter;
  }

  /** count one call; throws once the power is gone (nothing after the cut reaches the disk) */
  private step(): void {
    if (this.ops >= this.cutAfter) throw new PowerCut();
    this.ops++;
  }

  private key(file: string): string {
    if (path.dirname(file) !== this.dir) throw new Error(`outside the simulated folder: ${file}`);
    return path.basename(file);
  }

  /** Put a file on disk as if written and synced long ago. */
  seed(name: string, text: string): void {
    const bytes = new TextEncoder().encode(text);
    this.inodes.push({ volatile: bytes, durable: bytes });
    this.names.set(name, this.inodes.length - 1);
    this.durableNames.set(name, this.inodes.length - 1);
  }

  /** What a reboot after the cut finds: name → text. */
  afterReboot(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, ino] of this.durableNames) out.set(name, new TextDecoder().decode(this.inodes[ino]!.durable));
    return out;
  }

  async open(file: string, flags: string, _mode?: number): Promise<{ writeFile(data: string | Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }> {
    this.step();
    if (file === this.dir) {
      // a handle on the folder: fsync makes the current names durable
      return {
        writeFile: async () => {
          throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        },
        sync: async () => {
          this.step();
          this.durableNames = new Map(this.names);
        },
        close: async () => {},
      };
    }
    const name = this.key(file);
    if (flags !== 'w') throw new Error(`flags ${flags} not modelled`);
    let ino = this.names.get(name);
    if (ino === undefined) {
      this.inodes.push({ volatile: new Uint8Array(), durable: new Uint8Array() });
      ino = this.inodes.length - 1;
      this.names.set(name, ino);
    } else {
      // 'w' truncates; the journal may commit the new size long before any data (the classic
      // zero-length file after a crash), so the worst case is that the truncation is durable at once
      this.inodes[ino]!.volatile = new Uint8Array();
      this.inodes[ino]!.durable = new Uint8Array();
    }
    const node = this.inodes[ino]!;
    return {
      writeFile: async (data) => {
        this.step();
        node.volatile = typeof data === 'string' ? new TextEncoder().encode(data) : data.slice();
      },
      sync: async () => {
        this.step();
        node.durable = node.volatile.slice();
      },
      close: async () => {
        this.step();
      },
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.step();
    const ino = this.names.get(this.key(from));
    if (ino === undefined) throw Object.assign(new Error(`ENOENT ${from}`), { code: 'ENOENT' });
    this.names.delete(this.key(from));
    this.names.set(this.key(to), ino);
  }

  async rm(file: string, _options?: { force: boolean }): Promise<void> {
    this.step();
    this.names.delete(this.key(file));
  }

  /** A plain write with no fsync and no rename, for showing the model catches a careless writer. */
  async writeFileCarelessly(file: string, data: string): Promise<void> {
    const h = await this.open(file, 'w');
    await h.writeFile(data);
    await h.close();
  }
}
