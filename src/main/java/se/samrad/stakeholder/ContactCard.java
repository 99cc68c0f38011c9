package se.samrad.stakeholder;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Organization;

import java.util.List;

/** A contact person as a vCard 4.0 (RFC 6350) for an address book: name, e-mail, phone, organisations and roles. */
final class ContactCard {

    private ContactCard() {
    }

    static String of(ContactRow contact, List<ContactRegister.Role> roles) {
        VCard card = new VCard();
        card.setFormattedName(contact.name());
        if (!contact.email().isBlank()) {
            card.addEmail(contact.email());
        }
        if (!contact.phone().isBlank()) {
            card.addTelephoneNumber(contact.phone());
        }
        for (ContactRegister.Role role : roles) {
            Organization organisation = new Organization();
            organisation.getValues().add(role.stakeholder().name());
            card.addOrganization(organisation);
            if (!role.row().roleTitle().isBlank()) {
                card.addTitle(role.row().roleTitle());
            }
        }
        return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
    }
}
