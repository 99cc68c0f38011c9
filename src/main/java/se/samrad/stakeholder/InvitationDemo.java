package se.samrad.stakeholder;

import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.participation.Occasion;
import se.samrad.platform.participation.ParticipationEvents;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.PublicUrl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo register's people and their invitations (issue 17): a contact person at each council member, ten of
 * them invited to the demo dialogue and five to the demo workshop, so that the invitations page and the people's
 * timelines show what inviting through the register records. The dialogue is anonymous, so only <em>invited</em>
 * is recorded for it; of the workshop's five, three used their link and two of them contributed, reported through
 * the platform's {@link ParticipationEvents} as the workshop reports a participant (with demo subjects, not real
 * participants: the demo workshop has none). Runs after the register's organisations, dialogues and workshops.
 */
@Singleton
class InvitationDemo implements DemoContributor, Ordered {

    private record Person(String name, String email, String at, String title, LawfulBasis basis) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Anna Lindqvist", "anna.lindqvist@s.example", "Socialdemokraterna i Exempelkommun",
                    "Gruppledare", LawfulBasis.PUBLIC_TASK),
            new Person("Johan Berg", "johan.berg@m.example", "Moderaterna i Exempelkommun", "Gruppledare",
                    LawfulBasis.PUBLIC_TASK),
            new Person("Maria Nilsson", "maria.nilsson@c.example", "Centerpartiet i Exempelkommun", "Ledamot i rådet",
                    LawfulBasis.PUBLIC_TASK),
            new Person("Erik Sandberg", "erik.sandberg@mp.example", "Miljöpartiet i Exempelkommun", "Språkrör",
                    LawfulBasis.PUBLIC_TASK),
            new Person("Fatima Hassan", "fatima.hassan@v.example", "Vänsterpartiet i Exempelkommun",
                    "Ledamot i rådet", LawfulBasis.PUBLIC_TASK),
            new Person("Lars Ek", "lars.ek@l.example", "Liberalerna i Exempelkommun", "Ledamot i rådet",
                    LawfulBasis.PUBLIC_TASK),
            new Person("Eva Holm", "eva.holm@kd.example", "Kristdemokraterna i Exempelkommun", "Ledamot i rådet",
                    LawfulBasis.PUBLIC_TASK),
            new Person("Sara Lund", "sara.lund@exempelbostader.example", "Exempelbostäder AB", "Hållbarhetschef",
                    LawfulBasis.LEGITIMATE_INTEREST),
            new Person("Mikael Strand", "mikael.strand@vatten.example", "Mälarenergi Vatten AB",
                    "Samhällsplanerare", LawfulBasis.LEGITIMATE_INTEREST),
            new Person("Karin Ström", "karin.strom@raddning.example", "Räddningstjänstförbundet",
                    "Klimatanpassningssamordnare", LawfulBasis.LEGITIMATE_INTEREST),
            new Person("Ahmed Yusuf", "ahmed.yusuf@polisen.example", "Polismyndigheten, lokalpolisområdet",
                    "Kommunpolis", LawfulBasis.PUBLIC_TASK));

    private final StakeholderRegister register;
    private final ContactRegister contacts;
    private final Invitations invitations;
    private final InvitationRowRepository rows;
    private final ParticipationEvents events;
    private final PublicUrl publicUrl;

    InvitationDemo(StakeholderRegister register, ContactRegister contacts, Invitations invitations,
                   InvitationRowRepository rows, ParticipationEvents events,
                   PublicUrl publicUrl) {
        this.register = register;
        this.contacts = contacts;
        this.invitations = invitations;
        this.rows = rows;
        this.events = events;
        this.publicUrl = publicUrl;
    }

    @Override
    public int getOrder() {
        return 500;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Map<String, Long> byName = register.list(admin).stream()
                .collect(Collectors.toMap(StakeholderRow::name, StakeholderRow::id, (a, b) -> a));
        List<Long> people = PEOPLE.stream().filter(p -> byName.containsKey(p.at())).map(p -> {
            long id = contacts.create(admin, new ContactCommand(p.name(), p.email(), "", p.basis(), "", "",
                    "Sitter i hållbarhetsrådet.")).id();
            contacts.addRole(admin, id, new PeriodCommand(byName.get(p.at()), null, p.title(), "2023-01-01", ""));
            return id;
        }).toList();
        Map<String, Occasion> occasions = invitations.occasions(admin, "sv").stream()
                .collect(Collectors.toMap(Occasion::kind, Function.identity(), (a, b) -> a));
        // Without a public address a mail would carry a link without a host: then the links are only listed.
        String base = publicUrl.configured().orElse("");
        boolean byMail = !base.isEmpty();
        Occasion dialogue = occasions.get("DIALOGUE");
        if (dialogue != null && people.size() >= 10) {
            invitations.invite(admin, dialogue, people.subList(0, 10), "sv", byMail, base);
        }
        Occasion workshop = occasions.get("WORKSHOP");
        if (workshop != null && people.size() >= 5) {
            List<Long> invited = people.subList(people.size() - 5, people.size());
            invitations.invite(admin, workshop, invited, "sv", byMail, base);
            for (int i = 0; i < 3; i++) {
                long contact = invited.get(i);
                String subject = "demo-workshop-participant:" + contact;
                rows.findByOrganisationIdAndContactId(municipality.id(), contact).stream()
                        .filter(r -> r.kind() == IssueKind.WORKSHOP).findFirst()
                        .ifPresent(r -> events.started(token(r.link()), subject));
                if (i < 2) {
                    events.completed(subject);
                }
            }
        }
    }

    /** The token of a personal link ({@code ...?invitation=<token>&lang=sv}). */
    private static String token(String link) {
        String after = link.substring(link.indexOf("invitation=") + "invitation=".length());
        int end = after.indexOf('&');
        return end < 0 ? after : after.substring(0, end);
    }
}
