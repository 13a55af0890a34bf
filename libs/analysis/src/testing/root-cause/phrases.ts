/**
 * What carriers write, per planted situation, in the languages the reason classifier reads: the suite
 * plants these with unknown or missing codes as often as with known ones, because that is how feeds look.
 */
export const PHRASES = {
  customs: [
    'Shipment held by customs authority - awaiting import documents',
    'Clearance delay: import documents required',
    'Held at customs, commercial invoice missing',
    'Sendung vom Zoll zurückgehalten, Unterlagen fehlen',
    'Colis retenu en douane - documents requis',
    'Envío retenido en aduana a la espera de documentación',
    'Spedizione trattenuta in dogana',
    'Zending vastgehouden door de douane',
    'Przesyłka zatrzymana przez urząd celny',
  ],
  address: [
    'Incorrect address - consignee unknown at this address',
    'Address incomplete, missing house number',
    'Undeliverable as addressed',
    'Empfänger unter der angegebenen Anschrift unbekannt',
    'Adresse incomplète, destinataire inconnu',
    'Dirección incorrecta',
    'Indirizzo errato o incompleto',
    'Adres onbekend',
    'Nieprawidłowy adres odbiorcy',
  ],
  recipient: [
    'Recipient not at home',
    'Delivery attempted - recipient not home. Notice left',
    'Consignee not available',
    'Empfänger nicht angetroffen, Benachrichtigungskarte hinterlassen',
    'Destinataire absent, avis de passage déposé',
    'Destinatario ausente',
    'Destinatario assente',
    'Ontvanger niet thuis',
    'Adresat nieobecny, pozostawiono awizo',
  ],
  weather: [
    'Delayed due to severe weather',
    'Service disruption: snow storm',
    'Verzögerung wegen Unwetter',
    'Retard dû aux intempéries',
    'Retraso por tormenta',
    'Ritardo per maltempo',
    'Vertraging door sneeuw',
    'Opóźnienie z powodu złej pogody',
  ],
  damaged: [
    'Package damaged in transit',
    'Parcel damaged, repackaging',
    'Sendung beschädigt',
    'Colis endommagé',
    'Paquete dañado',
    'Pacco danneggiato',
    'Pakket beschadigd',
    'Przesyłka uszkodzona',
  ],
  lost: [
    'Shipment lost in transit',
    'Package missing, trace opened',
    'Sendung verloren gegangen',
    'Colis perdu',
    'Paquete extraviado',
    'Pacco smarrito',
    'Pakket vermist',
    'Przesyłka zaginęła',
  ],
  /** A problem the carrier states without saying what: only a carrier exception can be concluded. */
  vague: ['Exception - see carrier', 'Operational exception', 'Shipment exception', 'Incident', 'Unerwartete Verzögerung im Betriebsablauf'],
  released: ['Released by customs', 'Customs clearance completed', 'Vom Zoll freigegeben', 'Dédouané'],
} as const;

export type PhraseKind = keyof typeof PHRASES;
