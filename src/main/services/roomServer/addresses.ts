/**
 * Which of the laptop's addresses goes into the QR code (room-mode.md, trap 1): the IPv4
 * address of the interface on the default route, never a Docker, VirtualBox, VPN or WSL
 * adapter, never link-local or loopback. The whole ranked list is returned so the
 * facilitator can switch when the guess is wrong.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import QRCode from 'qrcode';
import type { RankedAddress } from '../../../shared/room/join';

export type { RankedAddress };

export interface NetAddress {
  address: string;
  family: string | number;
  internal: boolean;
}
export type InterfaceTable = Readonly<Record<string, readonly NetAddress[] | undefined>>;

/** Adapters that phones in the room cannot reach: containers, VMs, VPNs, tunnels, WSL. */
const VIRTUAL = [/^docker/i, /^veth/i, /^br-/i, /^virbr/i, /^vbox/i, /virtualbox/i, /^vmnet/i, /vmware/i, /^utun/i, /^tun/i, /^tap/i, /^wg/i, /^zt/i, /zerotier/i, /^tailscale/i, /^vEthernet/i, /hyper-v/i, /^lo\d*$/i, /loopback/i, /^llw/i, /^awdl/i];

export function isVirtual(iface: string): boolean {
  return VIRTUAL.some((re) => re.test(iface));
}

/**
 * The interface of the default route from Linux's /proc/net/route (hex, little-endian):
 * destination 00000000, flags UP|GATEWAY, lowest metric wins. A full-tunnel VPN's default
 * route is skipped: the phones are on the LAN behind the physical adapter's route.
 */
export function defaultRouteInterface(procNetRoute: string): string | null {
  let best: { iface: string; metric: number } | null = null;
  for (const line of procNetRoute.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 8) continue;
    const [iface, dest, , flagsHex, , , metricText] = cols;
    if (!iface || dest !== '00000000' || isVirtual(iface)) continue;
    const flags = Number.parseInt(flagsHex ?? '0', 16);
    if ((flags & 0x3) !== 0x3) continue;
    const metric = Number(metricText);
    if (!best || metric < best.metric) best = { iface, metric };
  }
  return best?.iface ?? null;
}

function privateRank(a: string): number {
  const [x, y] = a.split('.').map(Number) as [number, number];
  if (x === 192 && y === 168) return 0;
  if (x === 10) return 1;
  if (x === 172 && y >= 16 && y <= 31) return 2;
  if (x === 100 && y >= 64 && y <= 127) return 4; // carrier-grade NAT: mostly VPN overlays
  return 3;
}

/** Names that usually are the real Wi-Fi or Ethernet adapter (Linux, macOS, Windows). */
function nameRank(iface: string): number {
  if (/^(wl|wlan|wi-?fi|wlp)/i.test(iface) || /wireless|wlan|wi-?fi/i.test(iface)) return 0;
  if (/^(en|eth|ethernet)/i.test(iface)) return 1;
  return 2;
}

/** Rank the IPv4 addresses of an interface table; `defaultIface` from the route table when known. */
export function rankAddresses(table: InterfaceTable, defaultIface: string | null): RankedAddress[] {
  const out: (RankedAddress & { key: number[] })[] = [];
  for (const [iface, addrs] of Object.entries(table)) {
    if (!addrs || isVirtual(iface)) continue;
    for (const a of addrs) {
      const v4 = a.family === 'IPv4' || a.family === 4;
      if (!v4 || a.internal || a.address.startsWith('127.') || a.address.startsWith('169.254.')) continue;
      const defaultRoute = defaultIface !== null && iface === defaultIface;
      out.push({ address: a.address, iface, defaultRoute, key: [defaultRoute ? 0 : 1, privateRank(a.address), nameRank(iface)] });
    }
  }
  out.sort((p, q) => {
    for (let i = 0; i < p.key.length; i++) if (p.key[i] !== q.key[i]) return (p.key[i] ?? 0) - (q.key[i] ?? 0);
    return p.address < q.address ? -1 : p.address > q.address ? 1 : 0;
  });
  return out.map(({ address, iface, defaultRoute }) => ({ address, iface, defaultRoute }));
}

/** The laptop's addresses right now, best first. Off Linux the ranking falls back to the heuristics. */
export async function listAddresses(): Promise<RankedAddress[]> {
  let defaultIface: string | null = null;
  if (process.platform === 'linux') {
    try {
      defaultIface = defaultRouteInterface(await fs.readFile('/proc/net/route', 'utf8'));
    } catch {
      /* no procfs (container, sandbox): heuristics only */
    }
  }
  return rankAddresses(os.networkInterfaces() as InterfaceTable, defaultIface);
}

/** The QR code of a join URL as SVG text (drawn as an image; no external fetch, CSP-safe). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
