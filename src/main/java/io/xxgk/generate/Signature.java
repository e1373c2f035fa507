package io.xxgk.generate;

/** The name a report is signed with: shorter than the title's, as in the seeds (船营区北极街道办事处, 青阳街道办事处). */
final class Signature {

    private Signature() {
    }

    static String name(Agency agency) {
        return agency.kind() == Agency.Kind.STREET_OFFICE ? agency.shortName() + "办事处" : agency.fullName();
    }
}
