import { describe, expect, it } from 'vitest';
import { defaultRouteInterface, qrSvg, rankAddresses, type InterfaceTable } from './addresses';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal });
const v6 = (address: string) => ({ address, family: 'IPv6', internal: false });

describe('which address goes into the QR code', () => {
  it('Linux laptop with Docker and a VPN: the Wi-Fi on the default route comes first', () => {
    const table: InterfaceTable = {
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      'br-3f2a': [v4('172.18.0.1')],
      veth12ab: [v4('169.254.10.2')],
      wg0: [v4('10.8.0.2')],
      tun0: [v4('10.9.0.5')],
      enp0s31f6: [v4('192.168.178.40')],
      wlp2s0: [v4('10.0.1.23'), v6('fe80::1')],
    };
    const route = [
      'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
      'wg0\t00000000\t0100080A\t0003\t0\t0\t50\t00000000\t0\t0\t0',
      'wlp2s0\t00000000\t0101000A\t0003\t0\t0\t600\t00000000\t0\t0\t0',
      'wlp2s0\t0001000A\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0',
    ].join('\n');
    // the VPN's default route has the lower metric, but the phones are behind the Wi-Fi's
    expect(defaultRouteInterface(route)).toBe('wlp2s0');
    const ranked = rankAddresses(table, 'wlp2s0');
    expect(ranked.map((r) => r.address)).toEqual(['10.0.1.23', '192.168.178.40']);
    expect(ranked[0]).toEqual({ address: '10.0.1.23', iface: 'wlp2s0', defaultRoute: true });
  });

  it('Windows with WSL, Hyper-V and VirtualBox adapters, no route table: the private Wi-Fi address', () => {
    const table: InterfaceTable = {
      'vEthernet (WSL)': [v4('172.28.160.1')],
      'vEthernet (Default Switch)': [v4('172.20.0.1')],
      'VirtualBox Host-Only Network': [v4('192.168.56.1')],
      'Loopback Pseudo-Interface 1': [v4('127.0.0.1', true)],
      'WLAN': [v4('192.168.0.17')],
      'Ethernet 2': [v4('169.254.33.1')],
    };
    expect(rankAddresses(table, null).map((r) => r.address)).toEqual(['192.168.0.17']);
  });

  it('macOS with utun VPN tunnels and a Tailscale address: en0 first, overlay last', () => {
    const table: InterfaceTable = {
      lo0: [v4('127.0.0.1', true)],
      utun3: [v4('100.101.5.6')],
      en7: [v4('100.70.1.2')],
      en0: [v4('192.168.1.33')],
      awdl0: [v6('fe80::2')],
      bridge100: [v4('192.168.2.1')],
    };
    expect(rankAddresses(table, null).map((r) => r.address)).toEqual(['192.168.1.33', '192.168.2.1', '100.70.1.2']);
  });

  it('only loopback and link-local (no Wi-Fi at all): no address to offer', () => {
    expect(rankAddresses({ lo: [v4('127.0.0.1', true)], eth0: [v4('169.254.1.1')] }, null)).toEqual([]);
  });

  it('draws the QR code as SVG without external references', async () => {
    const svg = await qrSvg('http://192.168.0.17:52111/AbCdEfGhIjKlMnOpQrStUvWxYz012345');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/href|<script|<image/);
  });
});
