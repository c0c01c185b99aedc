package org.pokot.lti.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LtiRolesTest {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    private static final String TEACHING_ASSISTANT =
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";

    @Test
    void ofWhenContextInstitutionAndSystemRolesThenEachListedInItsKind() {
        LtiRoles roles = LtiRoles.of(List.of(MEMBERSHIP + "Learner", INSTITUTION + "Student", SYSTEM + "User"));

        assertThat(roles.contextRoles()).extracting(LtiRole::uri).containsExactly(MEMBERSHIP + "Learner");
        assertThat(roles.institutionRoles()).extracting(LtiRole::uri).containsExactly(INSTITUTION + "Student");
        assertThat(roles.systemRoles()).extracting(LtiRole::uri).containsExactly(SYSTEM + "User");
    }

    @Test
    void isInstructorWhenOnlyInstitutionInstructorThenFalse() {
        LtiRoles roles = LtiRoles.of(List.of(INSTITUTION + "Instructor", MEMBERSHIP + "Learner"));

        assertThat(roles.isInstructor()).isFalse();
        assertThat(roles.isLearner()).isTrue();
        assertThat(roles.canManageContent()).isFalse();
        assertThat(roles.primaryLabel()).isEqualTo("Learner");
    }

    @Test
    void isInstructorWhenContextInstructorThenTrue() {
        LtiRoles roles = LtiRoles.of(List.of(MEMBERSHIP + "Instructor"));

        assertThat(roles.isInstructor()).isTrue();
        assertThat(roles.isLearner()).isFalse();
        assertThat(roles.canManageContent()).isTrue();
        assertThat(roles.primaryLabel()).isEqualTo("Instructor");
    }

    @Test
    void isAdministratorWhenSystemAdministratorThenTrueButInstitutionAdministratorThenFalse() {
        assertThat(LtiRoles.of(List.of(SYSTEM + "Administrator")).isAdministrator()).isTrue();
        assertThat(LtiRoles.of(List.of(MEMBERSHIP + "Administrator")).isAdministrator()).isTrue();
        assertThat(LtiRoles.of(List.of(INSTITUTION + "Administrator")).isAdministrator()).isFalse();
        assertThat(LtiRoles.of(List.of(SYSTEM + "Administrator")).primaryLabel()).isEqualTo("Administrator");
    }

    @Test
    void ofWhenShortNamesThenReadAsContextRoles() {
        LtiRoles roles = LtiRoles.of(List.of("Learner", "Instructor", "ContentDeveloper"));

        assertThat(roles.roles()).extracting(LtiRole::uri).containsExactly(MEMBERSHIP + "Learner",
                MEMBERSHIP + "Instructor", MEMBERSHIP + "ContentDeveloper");
        assertThat(roles.contextRoles()).hasSize(3);
        assertThat(roles.isLearner()).isTrue();
        assertThat(roles.isInstructor()).isTrue();
        assertThat(roles.isContentDeveloper()).isTrue();
    }

    @Test
    void principalNameWhenSubRoleThenNamesThePrincipalRole() {
        LtiRole assistant = new LtiRole(TEACHING_ASSISTANT);

        assertThat(assistant.isContextRole()).isTrue();
        assertThat(assistant.isInstitutionRole()).isFalse();
        assertThat(assistant.principalName()).isEqualTo("Instructor");
        assertThat(assistant.subRoleName()).isEqualTo("TeachingAssistant");
    }

    @Test
    void principalNameWhenPrincipalRoleThenNameAndNoSubRole() {
        LtiRole learner = new LtiRole(MEMBERSHIP + "Learner");

        assertThat(learner.principalName()).isEqualTo("Learner");
        assertThat(learner.subRoleName()).isEmpty();
        assertThat(new LtiRole(SYSTEM + "Administrator").principalName()).isEqualTo("Administrator");
    }

    @Test
    void isInstructorWhenOnlyTeachingAssistantSubRoleThenTrue() {
        LtiRoles roles = LtiRoles.of(List.of(TEACHING_ASSISTANT));

        assertThat(roles.isInstructor()).isTrue();
        assertThat(roles.isLearner()).isFalse();
    }

    @Test
    void isLearnerWhenLearnerSubRoleThenTrue() {
        LtiRoles roles = LtiRoles.of(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#Learner"));

        assertThat(roles.isLearner()).isTrue();
        assertThat(roles.isInstructor()).isFalse();
    }

    @Test
    void ofWhenEmptyOrBlankThenNoRolesAndGuestLabel() {
        LtiRoles roles = LtiRoles.of(List.of("", " "));

        assertThat(roles.isEmpty()).isTrue();
        assertThat(roles.isLearner()).isFalse();
        assertThat(roles.isInstructor()).isFalse();
        assertThat(roles.isAdministrator()).isFalse();
        assertThat(roles.primaryLabel()).isEqualTo("Guest");
    }

    @Test
    void primaryLabelWhenOtherContextRoleThenItsName() {
        assertThat(LtiRoles.of(List.of(MEMBERSHIP + "Mentor")).primaryLabel()).isEqualTo("Mentor");
    }

    @Test
    void ofWhenLti11UrnRoleThenNeitherContextNorInstructor() {
        LtiRoles roles = LtiRoles.of(List.of("urn:lti:role:ims/lis/Instructor"));

        assertThat(roles.contextRoles()).isEmpty();
        assertThat(roles.isInstructor()).isFalse();
    }
}
