// Games and chat programs whose traffic keeps arriving after an address changes hands
// (Firewall Forensics FAQ §1.10). Facts from the FAQ, every sentence our own.
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

function game(id: string, ports: readonly [number, number], service: string, aliases: readonly string[], summary: string, udpOnly = true): PortFact {
  return {
    id, ports, service, aliases, summary,
    ...(udpOnly ? { protocols: ['udp'] as const } : {}),
    probing: GAME_PROBING,
    advice: GAME_ADVICE,
    risk: 'info', category: 'game-chat', table: 'game-chat', references: [FAQ_DIALUP],
  };
}

export const GAME_CHAT_PORTS: readonly PortFact[] = [
  {
    id: 'game-4000-icq', ports: [4000, 4000], protocols: ['udp'], service: 'ICQ', aliases: ['icq', 'mirabilis', 'instant messenger'],
    summary: 'The old ICQ instant messenger ran its servers on UDP 4000. In a log, 4000 normally appears as the SOURCE port, with the server answering a client\'s random high port; packets to your own port 4000 are unusual.',
    probing: 'Seldom a probe. Chat clients are slow to notice that a contact has vanished, so right after you get a recycled address you may receive traffic meant for the previous ICQ user.',
    advice: 'Check which end 4000 is on: as the source it is the service, and the high destination port is meaningless. Drop it if nobody here uses ICQ.',
    risk: 'info', category: 'game-chat', table: 'game-chat', references: [FAQ_DIALUP],
  },
  {
    id: 'game-13223-powwow', ports: [13223, 13223], protocols: ['tcp'], service: 'PowWow chat', aliases: ['powwow', 'tribal voice'],
    summary: 'PowWow, a chat program from Tribal Voice, set up private chats directly between users on TCP 13223. Each of its connection attempts begins with the four bytes "OPNG".',
    probing: 'Not a scan. PowWow camps on the port and retries at a steady rhythm like a heartbeat, so after inheriting the address of a PowWow user you seem to be probed by many different people.',
    advice: 'Harmless; it dies down once their clients give up. Capturing the first bytes (OPNG) confirms what it is.',
    risk: 'info', category: 'game-chat', table: 'game-chat', references: [FAQ_DIALUP, FAQ],
  },
  game('game-7777-unreal', [7777, 7777], 'Unreal / Klingon Honor Guard', ['unreal', 'klingon honor guard', 'unreal engine'],
    'Default UDP game port of Unreal (1998) and Klingon Honor Guard servers. The number is still popular: ARK and Terraria servers use 7777 too, so check which game is involved.'),
  game('game-7778-unreal-tournament', [7778, 7778], 'Unreal Tournament', ['unreal tournament', 'ut99', 'ut'],
    'Unreal Tournament servers: the status and query port, one above the 7777 game port, which server browsers poll to list running games.'),
  game('game-22450-sin', [22450, 22450], 'Sin', ['sin', 'ritual'],
    'Default server port of Sin, a 1998 first-person shooter from Ritual Entertainment.'),
  game('game-26000-quake', [26000, 26000], 'Quake', ['quake', 'quake 1', 'nq'],
    'Default server port of the original Quake (1996) and of many later engines derived from its code.'),
  game('game-26900-hexen2', [26900, 26900], 'Hexen II', ['hexen 2', 'hexen ii', 'hexen2'],
    'Default server port of Hexen II, a Quake-engine game from Raven Software.'),
  game('game-26950-hexenworld', [26950, 26950], 'HexenWorld', ['hexenworld', 'hexen world'],
    'Default server port of HexenWorld, the Internet-play version of Hexen II built like QuakeWorld.'),
  game('game-27015-half-life', [27015, 27015], 'Half-Life / Source servers', ['half-life', 'half life', 'tfc', 'team fortress classic', 'counter-strike', 'steam', 'srcds'],
    'Half-Life and Team Fortress Classic servers listened here, and Steam dedicated servers (Counter-Strike, Team Fortress 2 and other Source games) still default to 27015, UDP for play and TCP for remote console.', false),
  game('game-27500-quakeworld', [27500, 27500], 'QuakeWorld', ['quakeworld', 'qw'],
    'Default server port of QuakeWorld, the Internet-tuned version of Quake.'),
  game('game-27910-quake2', [27910, 27910], 'Quake II', ['quake 2', 'quake ii', 'q2'],
    'Default server port of Quake II; it is also the bottom of the 27910-27961 range used by Quake-family servers.'),
  game('game-28000-28008-tribes', [28000, 28008], 'Starsiege: TRIBES', ['tribes', 'starsiege tribes', 'starsiege'],
    'Starsiege: TRIBES servers used ports 28000 to 28008, with the master list kept at tribes.dynamix.com.'),
  game('game-28910-heretic2', [28910, 28910], 'Heretic II', ['heretic 2', 'heretic ii'],
    'Default server port of Heretic II, a Quake II-engine game from Raven Software.'),
];
