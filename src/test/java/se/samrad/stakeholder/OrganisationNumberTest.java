package se.samrad.stakeholder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({
            // Real numbers: Skatteverket, Stockholms stad, Polismyndigheten, a company; with and without hyphen.
            "202100-5448, 2021005448",
            "2021005448, 2021005448",
            "212000-0142, 2120000142",
            "202100-0076, 2021000076",
            "556036-0793, 5560360793",
            // The twelve-digit form with a century (16 for legal persons) and a sole trader's personnummer.
            "16202100-5448, 2021005448",
            "165560360793, 5560360793",
            "19811218-9876, 8112189876",
            "' 556036-0793 ', 5560360793"
    })
    void validNumbersAreNormalisedToTenDigits(String typed, String digits) {
        assertEquals(digits, OrganisationNumber.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202100-5449", "5560360794", "556036-079", "55603607930", "556036--0793", "abcdef-ghij",
            "15202100-5448", "", "5560 360793"})
    void invalidNumbersAreRefused(String typed) {
        assertNull(OrganisationNumber.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource({"0000000000, true", "1234567897, true", "1234567890, false", "7992739871, false"})
    void luhnWeightsTheFirstDigitDouble(String digits, boolean valid) {
        assertEquals(valid, OrganisationNumber.luhn(digits));
    }

    @ParameterizedTest
    @CsvSource({"5560360793, 556036-0793"})
    void formatsWithHyphen(String digits, String shown) {
        assertEquals(shown, OrganisationNumber.format(digits));
    }
}
