package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The functions' settings come from the template, with local values and explicit stand-ins. */
class FunctionEnvironmentTest {
    /** What LocalServer names: the parameters it sets, the table, the queues' URLs (LocalQueues), the SES configuration set. */
    private static final Map<String, String> LOCAL = Map.of("CampaignYear", "2031", "SenderEmail", "praise@localhost",
            "SiteUrl", "http://localhost:3000", "PraiseTable", "PraiseTable", "AWS::StackName", "praise-local",
            "ConfirmationMailQueue", "http://127.0.0.1:9324/000000000000/ConfirmationMailQueue",
            "MailConfigurationSet", "MailConfigurationSet", "AWS::Region", "eu-north-1");

    @TempDir
    Path folder;

    @Test
    void everyVariableOfTheTemplateResolves() {
        SamTemplate template = SamTemplate.load();
        Map<String, Supplier<String>> substitutes = new java.util.HashMap<>(LocalServer.substitutes(null));
        Map<String, String> names = new java.util.HashMap<>(LOCAL);
        names.putAll(LocalServer.resourceNames(template));
        Map<String, String> env = FunctionEnvironment.resolve(template, names, substitutes);
        for (SamTemplate.Function f : template.functions()) {
            assertTrue(env.keySet().containsAll(f.environment().keySet()), f.logicalId());
        }
        assertEquals("ScheduledPublicationFunction", env.get("PUBLICATION_WORKER"), "a worker by its logical id (LocalLambda)");
        assertEquals("PostersBucket", env.get("POSTERS_BUCKET"));
        assertEquals("2031", env.get("CAMPAIGN_YEAR"), "the local value overrides the parameter default");
        assertEquals("PraiseTable", env.get("TABLE_NAME"));
        assertEquals("http://localhost:3000", env.get("SITE_URL"), "the local run's SiteUrl, through the template's Fn::If");
        assertEquals(LocalServer.LOCAL_HASH_SECRET, env.get("EMAIL_HASH_SECRET"),
                "the template gives the functions the secret's ARN, never the key");
        assertFalse(env.containsKey("EMAIL_HASH_KEY"), "the key is no variable of the template");
        assertEquals("", env.get("COGNITO_DOMAIN"), "no Cognito locally: the console uses the dev login");
        assertEquals("", env.get("COGNITO_CLIENT_ID"));
        assertEquals("praise-local", env.get("POWERTOOLS_SERVICE_NAME"), "the log lines' service: the stack's name");
        assertEquals("http://127.0.0.1:9324/000000000000/ConfirmationMailQueue", env.get("MAIL_QUEUE_URL"),
                "the submit function queues the e-mail to the local queue's URL");
        assertEquals("MailConfigurationSet", env.get("SES_CONFIGURATION_SET"));
    }

    @Test
    void aVariableWithoutALocalValueStopsTheStartNamingIt() throws Exception {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  SomeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y::handleRequest
                      Environment:
                        Variables:
                          API_KEY: !Ref SomethingOnlyAwsHas
                """);
        Map<String, Supplier<String>> none = Map.of();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FunctionEnvironment.resolve(SamTemplate.load(file), Map.of(), none));
        assertTrue(e.getMessage().contains("API_KEY") && e.getMessage().contains("SomeFunction"), e.getMessage());
    }

    @Test
    void fnIfFollowsTheTemplatesConditionsOverTheLocalValues() throws Exception {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, """
                Parameters:
                  SiteUrl:
                    Type: String
                    Default: ''
                  DomainName:
                    Type: String
                    Default: ''
                  Stage:
                    Type: String
                    Default: test
                Conditions:
                  HasSiteUrl: !Not [!Equals [!Ref SiteUrl, '']]
                  HasDomainName: !Not [!Equals [!Ref DomainName, '']]
                  KnowsSite: !Or [!Condition HasSiteUrl, !Condition HasDomainName]
                  IsProductionWithDomain: !And [!Equals [!Ref Stage, prod], {Condition: HasDomainName}]
                Resources:
                  SomeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y::handleRequest
                      Environment:
                        Variables:
                          SITE_URL: !If [HasSiteUrl, !Ref SiteUrl, !If [HasDomainName, !Sub 'https://${DomainName}', '']]
                          KNOWS_SITE: !If [KnowsSite, 'yes', 'no']
                          ONLY_IN_PRODUCTION: !If [IsProductionWithDomain, !Ref DomainName, !Ref AWS::NoValue]
                """);
        SamTemplate template = SamTemplate.load(file);
        Map<String, Supplier<String>> none = Map.of();

        Map<String, String> bare = FunctionEnvironment.resolve(template, Map.of(), none);
        assertEquals(Map.of("SITE_URL", "", "KNOWS_SITE", "no"), bare, "AWS::NoValue leaves the variable out");

        Map<String, String> domain = FunctionEnvironment.resolve(template, Map.of("DomainName", "uzslave.example.lv"), none);
        assertEquals(Map.of("SITE_URL", "https://uzslave.example.lv", "KNOWS_SITE", "yes"), domain);

        Map<String, String> both = FunctionEnvironment.resolve(template, Map.of("DomainName", "uzslave.example.lv",
                "SiteUrl", "http://localhost:3000", "Stage", "prod"), none);
        assertEquals(Map.of("SITE_URL", "http://localhost:3000", "KNOWS_SITE", "yes",
                "ONLY_IN_PRODUCTION", "uzslave.example.lv"), both);
    }

    @Test
    void aConditionOverAValueThatIsNotThereLocallyStopsTheStartNamingIt() throws Exception {
        Path file = folder.resolve("template.yaml");
        Files.writeString(file, """
                Parameters:
                  Zone:
                    Type: String
                Conditions:
                  InZone: !Equals [!Ref Zone, a]
                Resources:
                  SomeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y::handleRequest
                      Environment:
                        Variables:
                          SIDE: !If [InZone, left, right]
                """);
        Map<String, Supplier<String>> none = Map.of();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FunctionEnvironment.resolve(SamTemplate.load(file), Map.of(), none));
        assertTrue(e.getMessage().contains("InZone") && e.getMessage().contains("Zone"), e.getMessage());
    }

    @Test
    void theDevKeyIsRandomInMemoryAndKeptInADataFolder() {
        String a = DevSecrets.emailHashKey(null);
        assertEquals(64, a.length());
        assertTrue(a.matches("[A-Za-z0-9]{64}"));
        assertNotEquals(a, DevSecrets.emailHashKey(null));

        String kept = DevSecrets.emailHashKey(folder);
        assertEquals(kept, DevSecrets.emailHashKey(folder), "the same key after a restart");
        assertTrue(Files.exists(folder.resolve(DevSecrets.EMAIL_HASH_KEY_FILE)));
    }

    @Test
    void theTokenSigningKeyIsKeptBesideTheEmailKeyAndDiffersFromIt() {
        assertNotEquals(DevSecrets.tokenSigningKey(null), DevSecrets.tokenSigningKey(null));
        String signing = DevSecrets.tokenSigningKey(folder);
        assertTrue(signing.matches("[A-Za-z0-9]{64}"));
        assertEquals(signing, DevSecrets.tokenSigningKey(folder), "the same key after a restart");
        assertTrue(Files.exists(folder.resolve(DevSecrets.TOKEN_SIGNING_KEY_FILE)));
        assertNotEquals(DevSecrets.emailHashKey(folder), signing);
    }
}
