// Games and chat programs whose traffic keeps arriving after an address changes hands
// (Firewall Forensics FAQ §1.10). The FAQ lists the game ports as the ones you see; game servers
// send FROM them, so every game is read on both sides: a packet to that port here, and its server
// answering from it. Facts from the FAQ, every sentence our own.
// RealAudio (UDP 6970-7170, TCP 7070) lives in faq-destination-ports-high.ts with category 'game-chat';
// it is not repeated here so that every id stays unique.
import type { PortFact, Reference } from '../types';

const FAQ_DIALUP: Reference = { label: 'Firewall Forensics FAQ §1.10' };
const FAQ: Reference = { label: 'Firewall Forensics FAQ §1.1' };

/** Why games and chat show up as "probes" right after you get an address. */
export const LEFTOVER_TRAFFIC_NOTE =
  'Addresses get recycled. When a dial-up user hung up, the ISP gave the same IP to the next caller, and the chat partners and game servers of the previous user kept sending for minutes, sometimes hours. The same happens today whenever a DHCP lease, a mobile connection or a carrier-grade NAT mapping is handed to someone new, so sudden hits on game or chat ports right after you connect are usually meant for someone else.';

const GAME_PROBING =
  'Not an attack. Multiplayer games talk over UDP, which has no connection to tear down, and they resend aggressively to keep play smooth, so a server or other players keep sending to an address after its player has gone.';

const GAME_ADVICE =
  'If nobody here plays this game, drop the packets; they stop once the server times the player out. If you host a server for it, this is normal player and server-browser traffic.';

const GAME_SERVER_PROBING =
  'Not a probe: the server sends from its own port to the player\'s client port. Game servers keep talking to a player for a while after the player has gone, so the packets may be meant for whoever had your address before.';

const GAME_SERVER_ADVICE =
  'Harmless. If nobody here plays this game, let the firewall drop it; the server stops once it times the player out. Do not open or forward anything because of it.';

interface GameServer {
  /** The destination fact's id; the source fact's id adds "-src". */
  id: string;
  ports: readonly [number, number];
  service: string;
  aliases: readonly string[];
  summary: string;
  udpOnly?: boolean;
}

/** One game as both facts: traffic to its port here, and its server answering from that port. */
function game({ id, ports, service, aliases, summary, udpOnly = true }: GameServer): PortFact[] {
  const shared = {
    ports, aliases, risk: 'info' as const, category: 'game-chat' as const, table: 'game-chat' as const, references: [FAQ_DIALUP],
    ...(udpOnly ? { protocols: ['udp'] as const } : {}),
  };
  return [
    { ...shared, id, role: 'destination', service, summary, probing: GAME_PROBING, advice: GAME_ADVICE },
    {
      ...shared, id: `${id}-src`, role: 'source', service: /server/i.test(service) ? service : `${service} server`,
      summary: `${summary} As the source port it marks a game server answering a player at this address.`,
      probing: GAME_SERVER_PROBING, advice: GAME_SERVER_ADVICE,
    },
  ];
}

export const GAME_CHAT_PORTS: readonly PortFact[] = [
  {
    id: 'game-4000-icq', ports: [4000, 4000], protocols: ['udp'], role: 'destination', service: 'ICQ', aliases: ['icq', 'mirabilis', 'instant messenger'],
    summary: 'The old ICQ instant messenger ran its servers on UDP 4000. In a log, 4000 normally appears as the SOURCE port, with the server answering a client\'s random high port; packets to your own port 4000 are unusual.',
    probing: 'Seldom a probe. Chat clients are slow to notice that a contact has vanished, so right after you get a recycled address you may receive traffic meant for the previous ICQ user.',
    advice: 'Check which end 4000 is on: as the source it is the service, and the high destination port is meaningless. Drop it if nobody here uses ICQ.',
    risk: 'info', category: 'game-chat', table: 'game-chat', references: [FAQ_DIALUP],
  },
  {
    id: 'game-13223-powwow', ports: [13223, 13223], protocols: ['tcp'], role: 'destination', service: 'PowWow chat', aliases: ['powwow', 'tribal voice'],
    summary: 'Tribal Voice\'s PowWow chat program connected users to each other directly on TCP 13223 for private chats. Its connections open with the ASCII bytes OPNG, which makes a capture easy to recognise.',
    probing: 'Not a scan. A PowWow client that wants to reach a contact retries the connection at fixed intervals until it gets an answer; if that contact\'s old address is now yours, the retries of all their contacts arrive here and look like many strangers probing one port.',
    advice: 'Harmless; it dies down once their clients give up. Capturing the first bytes (OPNG) confirms what it is.',
    risk: 'info', category: 'game-chat', table: 'game-chat', references: [FAQ_DIALUP, FAQ],
  },
  ...game({
    id: 'game-7777-unreal', ports: [7777, 7777], service: 'Unreal / Klingon Honor Guard', aliases: ['unreal', 'klingon honor guard', 'unreal engine'],
    summary: 'Default UDP game port of Unreal (1998) and Klingon Honor Guard servers. The number is still popular: ARK and Terraria servers use 7777 too, so check which game is involved.',
  }),
  ...game({
    id: 'game-7778-unreal-tournament', ports: [7778, 7778], service: 'Unreal Tournament', aliases: ['unreal tournament', 'ut99', 'ut'],
    summary: 'Unreal Tournament servers: the status and query port, one above the 7777 game port, which server browsers poll to list running games.',
  }),
  ...game({
    id: 'game-22450-sin', ports: [22450, 22450], service: 'Sin', aliases: ['sin', 'ritual'],
    summary: 'Default server port of Sin, a 1998 first-person shooter from Ritual Entertainment.',
  }),
  ...game({
    id: 'game-26000-quake', ports: [26000, 26000], service: 'Quake', aliases: ['quake', 'quake 1', 'nq'],
    summary: 'Default server port of the original Quake (1996) and of many later engines derived from its code.',
  }),
  ...game({
    id: 'game-26900-hexen2', ports: [26900, 26900], service: 'Hexen II', aliases: ['hexen 2', 'hexen ii', 'hexen2'],
    summary: 'Default server port of Hexen II, a Quake-engine game from Raven Software.',
  }),
  ...game({
    id: 'game-26950-hexenworld', ports: [26950, 26950], service: 'HexenWorld', aliases: ['hexenworld', 'hexen world'],
    summary: 'Default server port of HexenWorld, the Internet-play version of Hexen II built like QuakeWorld.',
  }),
  ...game({
    id: 'game-27015-half-life', ports: [27015, 27015], service: 'Half-Life / Source servers', aliases: ['half-life', 'half life', 'tfc', 'team fortress classic', 'counter-strike', 'steam', 'srcds'],
    summary: 'Half-Life and Team Fortress Classic servers listened here, and Steam dedicated servers (Counter-Strike, Team Fortress 2 and other Source games) still default to 27015, UDP for play and TCP for remote console.', udpOnly: false,
  }),
  ...game({
    id: 'game-27500-quakeworld', ports: [27500, 27500], service: 'QuakeWorld', aliases: ['quakeworld', 'qw'],
    summary: 'Default server port of QuakeWorld, the Internet-tuned version of Quake.',
  }),
  ...game({
    id: 'game-27910-quake2', ports: [27910, 27910], service: 'Quake II', aliases: ['quake 2', 'quake ii', 'q2'],
    summary: 'Default server port of Quake II; it is also the bottom of the 27910-27961 range used by Quake-family servers.',
  }),
  ...game({
    id: 'game-28000-28008-tribes', ports: [28000, 28008], service: 'Starsiege: TRIBES', aliases: ['tribes', 'starsiege tribes', 'starsiege'],
    summary: 'Starsiege: TRIBES servers used ports 28000 to 28008, with the master list kept at tribes.dynamix.com.',
  }),
  ...game({
    id: 'game-28910-heretic2', ports: [28910, 28910], service: 'Heretic II', aliases: ['heretic 2', 'heretic ii'],
    summary: 'Default server port of Heretic II, a Quake II-engine game from Raven Software.',
  }),
];
