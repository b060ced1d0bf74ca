/**
 * What the presenter console and the audience view show to join the room (sent by main as
 * `room.join`). Types only: the room server (main/services/roomServer) fills them in.
 */

/** One of the laptop's IPv4 addresses, ranked best first (roomServer/addresses.ts). */
export interface RankedAddress {
  address: string;
  iface: string;
  /** on the interface of the default route (the gateway's subnet) */
  defaultRoute: boolean;
}

export interface RoomInfo {
  port: number;
  secret: string;
  /** 6-digit code for the short address; null once too many wrong codes were tried */
  code: string | null;
  /** per address: the QR link (with the secret) and the short address (type the code) */
  urls: { address: string; join: string; short: string }[];
}

export interface RoomJoin {
  docId: string;
  info: RoomInfo;
  addresses: RankedAddress[];
  /** the address in the QR code (the facilitator may switch) */
  address: string | null;
  joinUrl: string | null;
  shortUrl: string | null;
  /** the QR code of joinUrl as an SVG document (drawn as an <img> with a data: URL) */
  qrSvg: string | null;
  /** the join page on this laptop (loopback), for "test on this laptop" */
  localUrl: string;
}
