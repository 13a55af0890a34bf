import { describe, expect, it } from 'vitest';
import { classifyDescription, foldText } from './classify-description.js';
import type { EventReason } from './reasons.js';

// Carrier scan texts as carriers word them (DHL, UPS, FedEx, La Poste, Correos, Poste Italiane, PostNL, InPost, DPD...).
const CASES: Record<string, [string, EventReason | null][]> = {
  en: [
    ['Incorrect address - consignee unknown at this address', 'ADDRESS'],
    ['Shipment held by customs authority - awaiting import documents', 'CUSTOMS'],
    ['The address is incomplete; missing house number', 'ADDRESS'],
    ['Undeliverable as addressed', 'ADDRESS'],
    ['Recipient moved, no forwarding address', 'ADDRESS'],
    ['Delivery attempted - recipient not home. Notice left', 'RECIPIENT_UNAVAILABLE'],
    ['The receiver was not available at the time of delivery', 'RECIPIENT_UNAVAILABLE'],
    ['Recipient not at home', 'RECIPIENT_UNAVAILABLE'],
    ['Nobody at home, card left', 'RECIPIENT_UNAVAILABLE'],
    ['Refused by recipient', 'REFUSED'],
    ['Returned to sender - delivery refused', 'REFUSED'],
    ['Package damaged in transit, contents crushed', 'DAMAGED'],
    ['Shipment is lost', 'LOST'],
    ['Package cannot be located; trace initiated', 'LOST'],
    ['Delay due to severe weather conditions', 'WEATHER'],
    ['Hub closed due to snowstorm', 'WEATHER'],
    ['Unable to access delivery location: gate code required', 'NO_ACCESS'],
    ['No access to building', 'NO_ACCESS'],
    ['Business closed on delivery attempt', 'BUSINESS_CLOSED'],
    ['Closed for public holiday', 'BUSINESS_CLOSED'],
    ['Missed connection at hub, will be forwarded on next flight', 'CAPACITY'],
    ['Delayed due to high volume', 'CAPACITY'],
    ['Awaiting payment of duties and taxes', 'HELD_FOR_PAYMENT'],
    ['COD amount not paid by consignee', 'HELD_FOR_PAYMENT'],
    ['Return to sender requested by shipper', 'RETURN_TO_SENDER'],
    ['Cleared customs', null],
    ['Customs clearance completed', null],
    ['Delivered - left at front door', null],
    ['Arrived at sort facility', null],
    ['Out for delivery', null],
    ['Delivered to UPS Access Point', null],
    ['Shipment information received', null],
  ],
  de: [
    ['Empfänger unter der angegebenen Adresse nicht zu ermitteln - Adresse unbekannt', 'ADDRESS'],
    ['Die Anschrift ist fehlerhaft', 'ADDRESS'],
    ['Hausnummer fehlt', 'ADDRESS'],
    ['Empfänger verzogen', 'ADDRESS'],
    ['Der Empfänger wurde nicht angetroffen, Benachrichtigungskarte hinterlassen', 'RECIPIENT_UNAVAILABLE'],
    ['Annahme verweigert', 'REFUSED'],
    ['Sendung beschädigt', 'DAMAGED'],
    ['Die Sendung ist verloren gegangen', 'LOST'],
    ['Verzögerung wegen Unwetter', 'WEATHER'],
    ['Sendung wird vom Zoll zurückgehalten - Einfuhrdokumente fehlen', 'CUSTOMS'],
    ['Verzollung abgeschlossen', null],
    ['Kein Zugang zum Gebäude', 'NO_ACCESS'],
    ['Geschäft geschlossen', 'BUSINESS_CLOSED'],
    ['Anschluss verpasst, Weiterleitung mit nächster Tour', 'CAPACITY'],
    ['Zahlung der Einfuhrabgaben ausstehend', 'HELD_FOR_PAYMENT'],
    ['Rücksendung an den Absender', 'RETURN_TO_SENDER'],
    ['Die Sendung wurde zugestellt', null],
    ['Sendung im Paketzentrum bearbeitet', null],
  ],
  fr: [
    ["Adresse incorrecte - destinataire inconnu à l'adresse", 'ADDRESS'],
    ["Le destinataire n'habite pas à l'adresse indiquée", 'ADDRESS'],
    ['Destinataire absent, avis de passage déposé', 'RECIPIENT_UNAVAILABLE'],
    ['Colis refusé par le destinataire', 'REFUSED'],
    ['Colis endommagé', 'DAMAGED'],
    ['Colis perdu', 'LOST'],
    ['Retard dû aux conditions météorologiques', 'WEATHER'],
    ['Colis retenu en douane - documents d’importation manquants', 'CUSTOMS'],
    ['Colis dédouané', null],
    ['Accès impossible au lieu de livraison', 'NO_ACCESS'],
    ['Commerce fermé lors de la livraison', 'BUSINESS_CLOSED'],
    ['Correspondance manquée au hub', 'CAPACITY'],
    ['En attente de paiement des droits et taxes', 'HELD_FOR_PAYMENT'],
    ["Retour à l'expéditeur", 'RETURN_TO_SENDER'],
    ['Votre colis a été livré', null],
    ['Colis en cours d’acheminement', null],
  ],
  es: [
    ['Dirección incorrecta - destinatario desconocido', 'ADDRESS'],
    ['Destinatario ausente, se dejó aviso', 'RECIPIENT_UNAVAILABLE'],
    ['Envío rechazado por el destinatario', 'REFUSED'],
    ['Paquete dañado durante el transporte', 'DAMAGED'],
    ['Envío extraviado', 'LOST'],
    ['Retraso por condiciones climáticas adversas', 'WEATHER'],
    ['Retenido en aduana - pendiente de documentación de importación', 'CUSTOMS'],
    ['Liberado por aduana', null],
    ['Sin acceso al domicilio de entrega', 'NO_ACCESS'],
    ['Negocio cerrado', 'BUSINESS_CLOSED'],
    ['Conexión perdida en el centro de distribución', 'CAPACITY'],
    ['Pendiente de pago de aranceles', 'HELD_FOR_PAYMENT'],
    ['Devuelto al remitente', 'RETURN_TO_SENDER'],
    ['Entregado', null],
    ['En tránsito hacia el centro de distribución', null],
  ],
  it: [
    ['Indirizzo errato - destinatario sconosciuto', 'ADDRESS'],
    ['Destinatario assente, lasciato avviso', 'RECIPIENT_UNAVAILABLE'],
    ['Spedizione rifiutata dal destinatario', 'REFUSED'],
    ['Pacco danneggiato', 'DAMAGED'],
    ['Spedizione smarrita', 'LOST'],
    ['Ritardo causa maltempo', 'WEATHER'],
    ['Spedizione trattenuta in dogana - in attesa di documenti di importazione', 'CUSTOMS'],
    ['Spedizione sdoganata', null],
    ['Accesso non consentito al luogo di consegna', 'NO_ACCESS'],
    ['Negozio chiuso', 'BUSINESS_CLOSED'],
    ['Mancata coincidenza con il volo, ripartirà domani', 'CAPACITY'],
    ['In attesa di pagamento dei dazi', 'HELD_FOR_PAYMENT'],
    ['Reso al mittente', 'RETURN_TO_SENDER'],
    ['Consegnato', null],
    ['In consegna', null],
  ],
  nl: [
    ['Onjuist adres - geadresseerde onbekend', 'ADDRESS'],
    ['Huisnummer ontbreekt', 'ADDRESS'],
    ['Ontvanger niet thuis, kaartje achtergelaten', 'RECIPIENT_UNAVAILABLE'],
    ['Zending geweigerd door ontvanger', 'REFUSED'],
    ['Pakket beschadigd', 'DAMAGED'],
    ['Zending zoekgeraakt', 'LOST'],
    ['Vertraging door slechte weersomstandigheden', 'WEATHER'],
    ['Zending wordt vastgehouden door de douane - wacht op importdocumenten', 'CUSTOMS'],
    ['Geen toegang tot het afleveradres', 'NO_ACCESS'],
    ['Bedrijf gesloten', 'BUSINESS_CLOSED'],
    ['Aansluiting gemist in sorteercentrum', 'CAPACITY'],
    ['Wacht op betaling van invoerrechten', 'HELD_FOR_PAYMENT'],
    ['Retour afzender', 'RETURN_TO_SENDER'],
    ['Bezorgd', null],
    ['Zending is gesorteerd', null],
  ],
  pl: [
    ['Błędny adres - adresat nieznany', 'ADDRESS'],
    ['Adresat nieobecny, pozostawiono awizo', 'RECIPIENT_UNAVAILABLE'],
    ['Odmowa przyjęcia przesyłki', 'REFUSED'],
    ['Przesyłka uszkodzona', 'DAMAGED'],
    ['Przesyłka zaginiona', 'LOST'],
    ['Przesyłka zaginęła', 'LOST'],
    ['Opóźnienie z powodu złych warunków pogodowych', 'WEATHER'],
    ['Przesyłka zatrzymana przez urząd celny - brak dokumentów importowych', 'CUSTOMS'],
    ['Brak dostępu do budynku', 'NO_ACCESS'],
    ['Firma zamknięta', 'BUSINESS_CLOSED'],
    ['Przeciążenie sortowni, przesyłka pojedzie następnym kursem', 'CAPACITY'],
    ['Oczekuje na opłatę celną', 'HELD_FOR_PAYMENT'],
    ['Zwrot do nadawcy', 'RETURN_TO_SENDER'],
    ['Przesyłka doręczona', null],
    ['Przesyłka w drodze', null],
  ],
};

describe('classifyDescription', () => {
  for (const [language, cases] of Object.entries(CASES)) {
    it.each(cases)(`${language}: %s → %s`, (text, reason) => {
      expect(classifyDescription(text)).toBe(reason);
    });
  }

  it('folds case, accents and ligatures, and gives nothing for an empty text', () => {
    expect(foldText('ÉCHEC — Straße, Łódź; Œuvre')).toBe(' echec strasse lodz oeuvre ');
    expect(classifyDescription('INCORRECT ADDRESS')).toBe('ADDRESS');
    expect(classifyDescription('DIRECCION INCORRECTA')).toBe('ADDRESS');
    expect(classifyDescription('')).toBeNull();
    expect(classifyDescription(null)).toBeNull();
  });

  it('matches stems at the start of a word only', () => {
    expect(classifyDescription('Almost there')).toBeNull(); // "lost" inside a word
    expect(classifyDescription('Temporarily at the depot')).toBeNull(); // not "temporal" (storm)
  });
});
