// The words of column headers and labels that tell what a number or an address is, as data, in
// the languages of widespread router UIs (FRITZ!Box, Speedport, Livebox, Freebox, TP-Link, ASUS,
// Huawei, Xiaomi, Keenetic, MikroTik, Zyxel). Lower case; words of Latin, Cyrillic and Turkish
// script are matched as whole words (or, for languages that glue compounds, as a compound's start
// or end: "Quellport", "Zielport"); Chinese, Japanese and Korean ones as substrings.
// A new language is one more entry here; context.ts compiles the table once.

export interface LanguageWords {
  /** BCP 47 tag. */
  lang: string;
  /** The word glues to others in compounds ("Portbereich", "bestemmingspoort", "källport"). */
  compounds?: boolean;
  /** A TCP/UDP port ("Port extern", "Puerto de origen", "端口"). */
  port: string[];
  source: string[];
  destination: string[];
  /** An address column ("Adresse IP", "IP-Adresse"): addresses are expected there. */
  address: string[];
  /** A range ("Portbereich", "plage de ports"). */
  range: string[];
  /** A protocol column: its cells say TCP, UDP or both. */
  protocol: string[];
  /** "Both" in a protocol cell (TCP and UDP). */
  both: string[];
  /** A firmware or software version: a dotted quad under it is a version, not an address. */
  version: string[];
  /** Words around "upgraded from A to B": the numbers there are versions. */
  upgrade: string[];
  /** Physical ports: words that make a "port" a socket on the device (LAN port, Anschluss). */
  physical: string[];
  /** Columns of a switch-port status panel (link, speed, duplex): its "Port" column is physical. */
  linkColumns: string[];
  /** Port + one of these is not a port number ("port forwarding", "port status", "Portfreigabe"). */
  notPortAfter?: string[];
  /** One of these + port is not a port number, in languages that put the feature first ("redirection de port"). */
  notPortBefore?: string[];
}

export const CONTEXT_WORDS: readonly LanguageWords[] = [
  {
    lang: 'en', port: ['port', 'ports', 'sport', 'dport', 'spt', 'dpt', 'srcport', 'dstport', 'lport', 'rport', 'natport', 'localport', 'remoteport'],
    source: ['source', 'src', 'sport', 'spt', 'orig', 'original'], destination: ['destination', 'dest', 'dst', 'dport', 'dpt', 'target'],
    address: ['address', 'addr', 'ip', 'ipv4', 'ipv6', 'host', 'gateway', 'subnet', 'network'], range: ['range', 'start', 'end'],
    protocol: ['protocol', 'proto'], both: ['both', 'all'],
    version: ['version', 'firmware', 'build', 'kernel', 'release', 'revision', 'bios', 'software', 'hardware'],
    upgrade: ['upgrade', 'upgraded', 'update', 'updated', 'downgrade', 'downgraded', 'version', 'firmware'],
    physical: ['lan', 'wan', 'usb', 'switch', 'ethernet', 'physical', 'serial', 'console', 'sfp', 'poe', 'uplink', 'fiber', 'fibre', 'gigabit', 'dsl', 'phone', 'fxs'],
    linkColumns: ['link', 'speed', 'duplex', 'poe', 'negotiation', 'autoneg', 'flow control', 'link status'],
    notPortAfter: ['forward', 'forwarding', 'forwards', 'trigger', 'triggering', 'scan', 'scanning', 'mirror', 'mirroring', 'isolation', 'security', 'status', 'speed', 'link', 'mode', 'state', 'channel', 'settings'],
  },
  {
    lang: 'de', compounds: true, port: ['port', 'ports'],
    source: ['quelle', 'quell', 'absender'], destination: ['ziel', 'empfänger'],
    address: ['adresse', 'rechner', 'gerät'], range: ['bereich', 'portbereich', 'anfang', 'ende'],
    protocol: ['protokoll'], both: ['beide', 'alle'],
    version: ['version', 'firmware', 'firmwareversion', 'softwareversion', 'kernel'],
    upgrade: ['aktualisiert', 'aktualisierung', 'update', 'upgrade', 'version', 'firmware'],
    physical: ['lan', 'wan', 'anschluss', 'buchse', 'switch', 'uplink', 'ethernet', 'glasfaser', 'dsl', 'telefon'],
    linkColumns: ['geschwindigkeit', 'duplex', 'link'],
    notPortAfter: ['freigabe', 'freigaben', 'weiterleitung', 'umleitung', 'status'],
  },
  {
    lang: 'fr', port: ['port', 'ports'],
    source: ['source', 'origine'], destination: ['destination', 'cible'],
    address: ['adresse', 'hôte', 'passerelle'], range: ['plage', 'début', 'fin'],
    protocol: ['protocole'], both: ['les deux', 'tous', 'deux'],
    version: ['version', 'micrologiciel', 'firmware', 'logiciel'],
    upgrade: ['mise', 'jour', 'mis', 'version', 'micrologiciel'],
    physical: ['lan', 'wan', 'ethernet', 'commutateur', 'switch', 'fibre', 'prise', 'uplink'],
    linkColumns: ['lien', 'vitesse', 'duplex', 'état du lien', 'débit'],
    notPortBefore: ['redirection', 'redirections', 'transfert', 'état'],
  },
  {
    lang: 'es', port: ['puerto', 'puertos'],
    source: ['origen', 'fuente'], destination: ['destino'],
    address: ['dirección', 'direccion', 'host', 'puerta'], range: ['rango', 'intervalo', 'inicio', 'fin'],
    protocol: ['protocolo'], both: ['ambos', 'todos'],
    version: ['versión', 'version', 'firmware'],
    upgrade: ['actualizado', 'actualización', 'actualizacion', 'versión', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'conmutador', 'switch', 'fibra', 'uplink'],
    linkColumns: ['enlace', 'velocidad', 'dúplex', 'duplex', 'estado del enlace'],
    notPortBefore: ['reenvío', 'reenvio', 'redirección', 'redireccion', 'estado'],
  },
  {
    lang: 'it', port: ['porta', 'porte'],
    source: ['origine', 'sorgente'], destination: ['destinazione'],
    address: ['indirizzo', 'host'], range: ['intervallo', 'inizio', 'fine'],
    protocol: ['protocollo'], both: ['entrambi', 'tutti'],
    version: ['versione', 'firmware'],
    upgrade: ['aggiornato', 'aggiornamento', 'versione', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'switch', 'fibra', 'uplink'],
    linkColumns: ['velocità', 'velocita', 'duplex'],
    notPortBefore: ['inoltro', 'stato'],
  },
  {
    lang: 'nl', compounds: true, port: ['poort', 'poorten'],
    source: ['bron'], destination: ['bestemming', 'doel'],
    address: ['adres'], range: ['bereik', 'begin', 'einde'],
    protocol: ['protocol'], both: ['beide', 'alle'],
    version: ['versie', 'firmware'],
    upgrade: ['bijgewerkt', 'update', 'versie', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'switch', 'glasvezel', 'uplink'],
    linkColumns: ['snelheid', 'duplex'],
    notPortAfter: ['doorsturen', 'doorsturing', 'status'],
  },
  {
    lang: 'pt', port: ['porta', 'portas'],
    source: ['origem', 'fonte'], destination: ['destino'],
    address: ['endereço', 'endereco', 'host'], range: ['intervalo', 'faixa', 'início', 'inicio', 'fim'],
    protocol: ['protocolo'], both: ['ambos', 'todos'],
    version: ['versão', 'versao', 'firmware'],
    upgrade: ['atualizado', 'atualização', 'atualizacao', 'versão', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'switch', 'fibra', 'uplink'],
    linkColumns: ['velocidade', 'duplex'],
    notPortBefore: ['encaminhamento', 'redirecionamento', 'estado'],
  },
  {
    lang: 'sv', compounds: true, port: ['port', 'portar'],
    source: ['källa', 'käll'], destination: ['destination', 'mål'],
    address: ['adress', 'värd'], range: ['intervall', 'start', 'slut'],
    protocol: ['protokoll'], both: ['båda', 'alla'],
    version: ['version', 'firmware', 'programvara'],
    upgrade: ['uppdaterad', 'uppdatering', 'uppgraderad', 'version', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'switch', 'fiber', 'uplink'],
    linkColumns: ['länk', 'hastighet', 'duplex'],
    notPortAfter: ['vidarebefordran', 'vidarebefordring', 'status'],
  },
  {
    lang: 'pl', port: ['port', 'porty', 'portu', 'portów'],
    source: ['źródło', 'źródłowy', 'źródłowe', 'zrodlo'], destination: ['cel', 'docelowy', 'docelowe', 'przeznaczenia'],
    address: ['adres', 'host'], range: ['zakres', 'początek', 'koniec'],
    protocol: ['protokół', 'protokol'], both: ['oba', 'wszystkie'],
    version: ['wersja', 'oprogramowanie', 'firmware'],
    upgrade: ['zaktualizowano', 'aktualizacja', 'wersja', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'przełącznik', 'switch', 'światłowód', 'uplink'],
    linkColumns: ['łącze', 'prędkość', 'szybkość', 'dupleks', 'duplex'],
    notPortBefore: ['przekierowanie', 'przekierowania', 'stan', 'status'],
  },
  {
    lang: 'cs', port: ['port', 'porty', 'portu'],
    source: ['zdroj', 'zdrojový', 'zdrojová'], destination: ['cíl', 'cílový', 'cílová'],
    address: ['adresa', 'hostitel'], range: ['rozsah', 'začátek', 'konec'],
    protocol: ['protokol'], both: ['oba', 'vše', 'všechny'],
    version: ['verze', 'firmware'],
    upgrade: ['aktualizováno', 'aktualizace', 'verze', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'přepínač', 'switch', 'optika', 'uplink'],
    linkColumns: ['linka', 'rychlost', 'duplex'],
    notPortBefore: ['přesměrování', 'presmerovani', 'stav'],
  },
  {
    lang: 'ru', port: ['порт', 'порты', 'порта', 'портов'],
    source: ['источник', 'источника', 'отправитель'], destination: ['назначение', 'назначения', 'получатель'],
    address: ['адрес', 'хост', 'шлюз'], range: ['диапазон', 'начало', 'конец'],
    protocol: ['протокол'], both: ['оба', 'все'],
    version: ['версия', 'прошивка', 'микропрограмма'],
    upgrade: ['обновлено', 'обновление', 'версия', 'прошивка'],
    physical: ['lan', 'wan', 'ethernet', 'коммутатор', 'свитч', 'uplink'],
    linkColumns: ['линк', 'скорость', 'дуплекс'],
    notPortBefore: ['проброс', 'перенаправление', 'состояние', 'статус'],
  },
  {
    lang: 'tr', port: ['port', 'portu', 'portlar', 'bağlantı noktası'],
    source: ['kaynak'], destination: ['hedef'],
    address: ['adres', 'adresi', 'ana bilgisayar'], range: ['aralık', 'aralığı', 'başlangıç', 'bitiş'],
    protocol: ['protokol'], both: ['her ikisi', 'ikisi', 'tümü'],
    version: ['sürüm', 'sürümü', 'yazılım', 'firmware', 'donanım yazılımı'],
    upgrade: ['güncellendi', 'güncelleme', 'sürüm', 'firmware'],
    physical: ['lan', 'wan', 'ethernet', 'anahtar', 'switch', 'fiber', 'uplink'],
    linkColumns: ['hız', 'hızı', 'dupleks', 'duplex'],
    notPortAfter: ['yönlendirme', 'durum', 'durumu'],
  },
  {
    lang: 'zh-Hans', port: ['端口'],
    source: ['源', '来源', '源地址'], destination: ['目的', '目标', '目的地址'],
    address: ['地址', '主机', '网关'], range: ['范围', '起始', '结束'],
    protocol: ['协议'], both: ['全部', '都', '两者'],
    version: ['版本', '固件'],
    upgrade: ['升级', '更新', '版本', '固件'],
    physical: ['lan口', 'wan口', '网口', '交换机', '光口', '以太网'],
    linkColumns: ['速率', '双工', '链路'],
    notPortAfter: ['转发', '映射', '状态'],
  },
  {
    lang: 'zh-Hant', port: ['連接埠', '埠', '端口'],
    source: ['來源', '源'], destination: ['目的', '目標'],
    address: ['位址', '地址', '主機', '閘道'], range: ['範圍', '起始', '結束'],
    protocol: ['協定', '協議'], both: ['全部', '兩者'],
    version: ['版本', '韌體'],
    upgrade: ['升級', '更新', '版本', '韌體'],
    physical: ['lan埠', 'wan埠', '網路埠', '交換器', '乙太網路'],
    linkColumns: ['速率', '雙工', '鏈路'],
    notPortAfter: ['轉送', '轉發', '映射', '狀態'],
  },
  {
    lang: 'ja', port: ['ポート'],
    source: ['送信元', 'ソース', '発信元'], destination: ['宛先', '送信先', 'あて先'],
    address: ['アドレス', 'ホスト', 'ゲートウェイ'], range: ['範囲', '開始', '終了'],
    protocol: ['プロトコル'], both: ['両方', 'すべて'],
    version: ['バージョン', 'ファームウェア'],
    upgrade: ['アップデート', 'アップグレード', '更新', 'バージョン', 'ファームウェア'],
    physical: ['lanポート', 'wanポート', 'スイッチ', 'イーサネット', '光ポート'],
    linkColumns: ['リンク速度', 'デュプレックス', '通信速度'],
    notPortAfter: ['転送', 'フォワーディング', '開放', '状態'],
  },
  {
    lang: 'ko', port: ['포트'],
    source: ['소스', '출발지', '원본'], destination: ['대상', '목적지'],
    address: ['주소', '호스트', '게이트웨이'], range: ['범위', '시작', '끝'],
    protocol: ['프로토콜'], both: ['모두', '둘 다'],
    version: ['버전', '펌웨어'],
    upgrade: ['업데이트', '업그레이드', '버전', '펌웨어'],
    physical: ['lan 포트', 'wan 포트', '스위치', '이더넷', '광포트'],
    linkColumns: ['링크 속도', '듀플렉스'],
    notPortAfter: ['포워딩', '포워드', '상태'],
  },
];
