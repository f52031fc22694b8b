package dev.hireable.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tricky spellings of addresses a probe must never contact. Nothing here reaches the network or real DNS. */
class AddressSpellingTest {

    private final ProbeFixtures.FakeDns dns = new ProbeFixtures.FakeDns(Map.of(
            "rebind.example.test", "127.0.0.1",
            "internal.example.test", "10.1.2.3",
            "cgnat.example.test", "100.64.0.7",
            "mapped.example.test", "::ffff:192.168.0.1"));
    private final EndpointProbe probe = new EndpointProbe(
            ProbeFixtures.vocabulary(),
            new ProbeSettings(Duration.ofMillis(500), 3, 1024, "test"),
            dns,
            AddressPolicy.strict());

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://2130706433/                          | loopback",
                "http://0177.0.0.1/                          | loopback",
                "http://0x7f.1/                              | loopback",
                "http://127.1/                               | loopback",
                "http://0x7f000001/                          | loopback",
                "http://017700000001/                        | loopback",
                "http://127.0.0.1.:8080/                     | loopback",
                "http://[::1]/                               | loopback",
                "http://[::ffff:127.0.0.1]/                  | loopback",
                "http://[::ffff:7f00:1]/                     | loopback",
                "http://[0:0:0:0:0:ffff:7f00:1]/             | loopback",
                "http://[::127.0.0.1]/                       | IPv4-compatible",
                "http://169.254.169.254/latest/meta-data/    | metadata",
                "http://[::ffff:169.254.169.254]/            | metadata",
                "http://[64:ff9b::a9fe:a9fe]/                | metadata",
                "http://[fd00:ec2::254]/                     | metadata",
                "http://metadata.google.internal/computeMetadata/v1/ | metadata",
                "http://METADATA.GOOGLE.INTERNAL./           | metadata",
                "http://0.0.0.0/                             | unspecified",
                "http://0/                                   | unspecified",
                "http://[::]/                                | unspecified",
                "http://100.64.0.1/                          | carrier-grade NAT",
                "http://100.100.100.200/                     | metadata",
                "http://10.0.0.1/                            | private",
                "http://172.16.5.4/                          | private",
                "http://192.168.1.1/                         | private",
                "http://[fc00::1]/                           | unique-local",
                "http://[fe80::1]/                           | link-local",
                "http://224.0.0.1/                           | multicast",
                "http://[ff02::1]/                           | multicast",
                "http://[2002:7f00:1::]/                     | loopback",
                "http://localhost:8000/predict               | this machine",
                "http://api.localhost/                       | this machine",
                "http://rebind.example.test/                 | loopback",
                "http://internal.example.test/               | private",
                "http://cgnat.example.test/                  | carrier-grade NAT",
                "http://mapped.example.test/                 | private",
                "http://256.1.1.1/                           | not a valid",
                "http://1.2.3.4.5/                           | not a valid",
                "http://0x1g.0.0.1/                          | not a valid"
            })
    void trickyAddressSpellingIsRefusedWithoutContactingIt(String url, String reason) {
        ProbeResult result = probe.probe(url);

        assertThat(result.verdict()).as(result.detail()).isEqualTo(ProbeResult.Verdict.REFUSED);
        assertThat(result.detail()).containsIgnoringCase(reason);
        assertThat(result.status()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/model", "file:///etc/passwd", "not a url"})
    void nonHttpUrlIsNeverProbed(String url) {
        assertThat(probe.probe(url).verdict()).isEqualTo(ProbeResult.Verdict.REFUSED);
        assertThat(dns.lookups).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://169.254.169.254/",
                "http://metadata.google.internal/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:a9fe:a9fe::1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::a9fe:a9fe]/",
                "http://[64:ff9b::6464:64c8]/",
                "http://[2001:0:4136:e378:8000:63bf:5601:5601]/",
                "http://2852039166/",
                "http://0xa9.0xfe.0xa9.0xfe/"
            })
    void metadataServiceIsRefusedEvenWhenPrivateEndpointsAreAllowed(String url) {
        EndpointProbe permissive = new EndpointProbe(
                ProbeFixtures.vocabulary(),
                new ProbeSettings(Duration.ofMillis(500), 3, 1024, "test"),
                dns,
                AddressPolicy.allowingPrivate());

        assertThat(permissive.probe(url).verdict()).isEqualTo(ProbeResult.Verdict.REFUSED);
        assertThat(dns.lookups).isEmpty();
    }
}
