import type { EventReason } from './reasons.js';

/**
 * Lower case, accents and ligatures folded, punctuation to spaces, padded with a space each side: stems are
 * then matched at the start of a word (" stem"), and a stem ending in a space matches a whole word only.
 */
export function foldText(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${folded} `;
}

/** A rule matches when every group has a stem in the text, and no `unless` stem is there. */
interface Rule {
  reason: EventReason;
  all: readonly (readonly string[])[];
  unless?: readonly string[];
}

const PAYMENT = ['payment', 'pay ', 'paid', 'zahlung', 'bezahl', 'paiement', 'payer', 'pago', 'pagar', 'pagament', 'betaling', 'betalen', 'platnos', 'oplat', 'zaplat'];
const WAITING = ['await', 'pending', 'required', 'outstanding', 'due ', 'held', 'hold', 'erwartet', 'ausstehend', 'erforderlich', 'attente', 'requis', 'pendiente', 'espera', 'requerid', 'attesa', 'richiest', 'wacht', 'vereist', 'openstaand', 'oczekuj', 'wymagan'];
const ADDRESSEE = ['address', 'adress', 'anschrift', 'adres', 'direccion', 'domicilio', 'indirizzo', 'destinataire', 'destinatario', 'geadresseerde', 'consignee', 'empfanger', 'ontvanger'];
const WRONG = [
  'incorrect', 'wrong', 'invalid', 'unknown', 'incomplete', 'insufficient', 'bad ', 'not found', 'cannot be found', 'could not be found', 'does not exist', 'unable to locate', 'undeliverable', 'illegible', 'moved',
  'unbekannt', 'falsch', 'fehlerhaft', 'unvollstandig', 'unzureichend', 'ungultig', 'nicht auffindbar', 'nicht ermittelbar', 'unleserlich', 'verzogen',
  'inconnu', 'incomplet', 'erron', 'introuvable', 'insuffisant', 'illisible', 'demenage',
  'desconocid', 'insuficiente', 'no encontrad', 'no existe', 'ilegible', 'se mudo',
  'errat', 'sconosciut', 'non corrett', 'inesatt', 'irreperibil', 'trasferit',
  'onjuist', 'onbekend', 'onvolledig', 'verkeerd', 'niet gevonden', 'ongeldig', 'onleesbaar', 'verhuisd',
  'bledn', 'nieprawidlow', 'niepeln', 'nieznan', 'nie znaleziono', 'nieczyteln', 'niekompletn', 'wyprowadzil',
];
const NEGATION = ['no ', 'not ', 'unable', 'denied', 'restricted', 'without', 'kein', 'nicht', 'ohne', 'verweigert', 'impossible', 'pas ', 'sans', 'sin ', 'imposible', 'denegad', 'non ', 'impossibil', 'negat', 'senza', 'geen', 'niet', 'zonder', 'brak', 'nie ', 'bez '];

/**
 * First match wins, so the order says which reason is the cause when a text names several: "returned to
 * sender - refused by recipient" is REFUSED, "held at customs for payment of duties" is HELD_FOR_PAYMENT.
 */
const RULES: readonly Rule[] = [
  {
    reason: 'HELD_FOR_PAYMENT',
    all: [PAYMENT, WAITING],
  },
  {
    reason: 'HELD_FOR_PAYMENT',
    all: [['unpaid', 'not paid', 'nicht bezahlt', 'unbezahlt', 'non paye', 'impaye', 'no pagado', 'impagad', 'non pagat', 'niet betaald', 'onbetaald', 'nieoplacon', 'nie oplacon', 'niezaplacon', 'cod amount', 'nachnahmebetrag']],
  },
  {
    reason: 'CUSTOMS',
    all: [['customs', 'custom ', 'clearance', 'import document', 'export document', 'import permit', 'douane', 'dedouan', 'zoll', 'verzoll', 'aduan', 'dogan', 'sdoganament', 'inklaring', 'clo ', 'celn', 'odpraw']],
    unless: ['released', 'cleared', 'clearance complete', 'completed', 'freigegeben', 'abgeschlossen', 'verzollt ', 'dedouane ', 'libere', 'liberad', 'despachad', 'sdoganat', 'vrijgegeven', 'ingeklaard', 'zwolnion', 'odprawion', 'zakonczon'],
  },
  { reason: 'ADDRESS', all: [ADDRESSEE, WRONG] },
  {
    reason: 'ADDRESS',
    all: [['house number', 'hausnummer', 'huisnummer', 'numero civico', 'numer domu', 'numero de casa', 'numero de rue'], ['missing', 'fehlt', 'fehlend', 'manca', 'ontbreekt', 'brak', 'falta', 'manquant']],
  },
  { reason: 'ADDRESS', all: [['n habite pas', 'undeliverable as addressed', 'address correction', 'adresskorrektur', 'empfanger verzogen', 'adresat wyprowadzil']] },
  {
    reason: 'DAMAGED',
    all: [['damage', 'broken', 'crushed', 'leaking', 'beschadig', 'schaden', 'schadhaft', 'defekt', 'kaputt', 'endommag', 'avarie', 'casse ', 'danad', 'dano ', 'danos ', 'averia', 'danneggi', 'rotto', 'rotta', 'schade', 'uszkodz', 'zniszcz']],
  },
  // A missed connection says "lost" in some languages (conexión perdida): decided before LOST.
  { reason: 'CAPACITY', all: [['conexion perdida', 'perdio la conexion', 'coincidenza persa', 'correspondance manquee', 'aansluiting gemist']] },
  {
    reason: 'LOST',
    all: [['lost', 'missing', 'cannot be located', 'could not be located', 'unable to locate', 'verloren', 'verlust', 'verschollen', 'nicht auffindbar', 'perdu', 'egare', 'introuvable', 'perdid', 'extravi', 'smarrit', 'perso ', 'persa ', 'zoekgeraakt', 'vermist', 'zagubion', 'zaginion', 'zaginel', 'utracon']],
  },
  {
    reason: 'REFUSED',
    all: [['refus', 'rejected by', 'declined by', 'not accepted', 'verweiger', 'nicht angenommen', 'annahmeverweigerung', 'non accepte', 'rechaz', 'rehus', 'no aceptad', 'rifiut', 'non accettat', 'geweigerd', 'weigering', 'niet geaccepteerd', 'odmow', 'nie przyjet']],
  },
  {
    reason: 'WEATHER',
    all: [['weather', 'storm', 'snow', 'flood', 'hurricane', 'typhoon', 'blizzard', 'ice ', 'natural disaster', 'wetter', 'unwetter', 'sturm', 'schnee', 'hochwasser', 'uberschwemm', 'glatteis', 'naturkatastroph', 'meteo', 'tempete', 'neige', 'inondation', 'intemperie', 'climat', 'tormenta', 'nieve', 'inundac', 'temporal ', 'huracan', 'maltempo', 'tempesta', 'neve ', 'alluvion', 'weer ', 'weersomstandigheden', 'sneeuw', 'overstroming', 'pogod', 'burz', 'snieg', 'powodz', 'huragan']],
  },
  { reason: 'NO_ACCESS', all: [['access', 'zugang', 'zutritt', 'acces', 'acceso', 'accesso', 'toegang', 'dostep'], NEGATION] },
  {
    reason: 'NO_ACCESS',
    all: [['gate code', 'door code', 'locked', 'gated community', 'dangerous dog', 'verschlossen', 'bissiger hund', 'digicode', 'code porte', 'portail', 'chien', 'porton cerrado', 'perro', 'cancello', 'cane ', 'poort gesloten', 'hond ', 'brama zamknieta', 'pies ', 'zamkniety teren']],
  },
  {
    reason: 'BUSINESS_CLOSED',
    all: [['closed', 'holiday', 'geschlossen', 'betriebsferien', 'feiertag', 'ferme', 'jour ferie', 'cerrad', 'festivo', 'chius', 'gesloten', 'feestdag', 'zamkni', 'nieczynn', 'swieto']],
  },
  {
    reason: 'RECIPIENT_UNAVAILABLE',
    all: [[
      'not home', 'not at home', 'nobody home', 'nobody at home', 'no one home', 'no one at home', 'no one available', 'nobody available', 'not available', 'unavailable', 'not present', 'no answer', 'notice left', 'absent',
      'nicht angetroffen', 'nicht anwesend', 'niemand', 'nicht erreichbar', 'benachrichtigungskarte',
      'avis de passage', 'pas present', 'indisponible',
      'ausente', 'nadie', 'no disponible', 'no se encontraba',
      'assente', 'nessuno', 'non disponibile', 'non present',
      'niet thuis', 'niemand thuis', 'afwezig', 'niet aanwezig',
      'nieobecn', 'nie zastano', 'awiz',
    ]],
  },
  {
    reason: 'CAPACITY',
    all: [[
      'missed connection', 'missed flight', 'missed departure', 'missed cut', 'missed the', 'capacity', 'overflow', 'volume', 'backlog', 'not loaded', 'left behind', 'rolled over',
      'anschluss verpasst', 'verpasst', 'kapazitat', 'uberlast', 'sendungsaufkommen', 'nicht verladen',
      'correspondance manquee', 'capacite', 'non charge',
      'conexion perdida', 'capacidad', 'perdio la conexion', 'no cargad',
      'coincidenza persa', 'capacita', 'non caricat', 'mancata coincidenza',
      'aansluiting gemist', 'capaciteit', 'overbelast', 'niet geladen',
      'przeciazen', 'brak miejsca', 'pojemnosc', 'nie zaladowan',
    ]],
  },
  {
    reason: 'RETURN_TO_SENDER',
    all: [[
      'return to sender', 'returned to sender', 'returning to sender', 'return to shipper', 'returned to shipper', 'being returned', 'rts ',
      'rucksendung', 'ruckversand', 'zuruck an absender', 'retour', 'renvoye', 'devuelt', 'devolucion', 'devolver', 'reso ', 'restituit', 'in restituzione', 'geretourneerd', 'zwrot', 'zwrocon',
    ]],
  },
];

const hasAny = (text: string, stems: readonly string[]) => stems.some((stem) => text.includes(` ${stem}`));

/**
 * The reason a carrier's description states, or null when it states none (a normal scan, or words no rule
 * knows). Deterministic and pure: the same text always gives the same reason.
 */
export function classifyDescription(description: string | null | undefined): EventReason | null {
  if (!description) return null;
  const known = memo.get(description);
  if (known !== undefined) return known;
  const text = foldText(description);
  const reason = RULES.find((rule) => rule.all.every((group) => hasAny(text, group)) && !(rule.unless && hasAny(text, rule.unless)))?.reason ?? null;
  // Carriers send the same few texts over and over: ingest classifies each once (bounded, so free text cannot grow it).
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(description, reason);
  return reason;
}

const MEMO_SIZE = 10_000;
const memo = new Map<string, EventReason | null>();
