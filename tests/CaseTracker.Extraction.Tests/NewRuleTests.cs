using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Policy statements, retracted threats, passives, executives, relative dates, entity edges and the newer languages.</summary>
public class NewRuleTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    [Theory]
    [InlineData("en", "\"We remove content that promotes violence,\" a Facebook spokesperson said.")]
    [InlineData("en", "YouTube removes videos that break its rules on spam.")]
    [InlineData("fr", "« Nous supprimons les publications qui appellent à la violence », explique Facebook.")]
    [InlineData("de", "Wir löschen Beiträge, die zu Hass aufrufen, heißt es bei Instagram.")]
    [InlineData("es", "Eliminamos las publicaciones que incitan al odio, dice TikTok.")]
    [InlineData("en", "TikTok threatened to suspend the account of Nora Vance but never did.")]
    [InlineData("pt", "O Instagram ameaçou suspender a conta de Rui Lopes, mas nunca o fez.")]
    [InlineData("tr", "Instagram, gazeteci Deniz Kaya'nın hesabını kapatmadı.")]
    public void General_policy_and_threats_taken_back_are_not_actions(string language, string text)
    {
        Assert.Empty(Fixtures.Extract(text, language).Claims);
    }

    [Theory]
    [InlineData("en", "The account of Nora Vance was suspended by YouTube.", "YouTube")]
    [InlineData("fr", "Le compte de Nora Vance a été suspendu par Twitter.", "Twitter")]
    [InlineData("de", "Das Konto der Bloggerin Nora Vance wurde am 3. März von YouTube gesperrt.", "YouTube")]
    [InlineData("es", "La cuenta de Nora Vance fue suspendida por Facebook.", "Facebook")]
    [InlineData("it", "L'account di Nora Vance è stato sospeso da Instagram.", "Instagram")]
    [InlineData("pt", "A conta de Nora Vance foi suspensa pelo TikTok.", "TikTok")]
    [InlineData("nl", "Het account van Nora Vance werd door X geschorst.", "Twitter")]
    [InlineData("ro", "Contul activistei Nora Vance a fost suspendat de Facebook.", "Facebook")]
    [InlineData("pl", "Konto aktywistki Nory Vance zostało zawieszone przez Twittera.", "Twitter")]
    [InlineData("id", "Akun aktivis Nora Vance ditangguhkan oleh Twitter.", "Twitter")]
    public void Passive_reports_name_the_platform_as_agent(string language, string text, string platform)
    {
        var claim = Fixtures.Single(Fixtures.Extract(text, language), ActionType.Suspended);
        Assert.Equal(platform, claim.Platform);
        Assert.Contains("Vance", claim.Subject);
    }

    [Fact]
    public void The_owner_of_a_platform_acts_for_it()
    {
        var claim = Assert.Single(Fixtures.Extract("Elon Musk, the owner of X, banned the journalist Nora Vance. Musk said she had posted private information.", "en").Claims);
        Assert.Equal(("Twitter", ActionType.Terminated), (claim.Platform, claim.Action));
        Assert.Equal(StatedBy.Platform, Assert.Single(claim.Reasons).StatedBy);
    }

    [Fact]
    public void A_reason_in_the_sentence_of_a_platform_action_is_the_platforms()
    {
        var claim = Assert.Single(Fixtures.Extract("YouTube removed the video of Nora Vance for violating its policies on harassment.", "en").Claims);
        Assert.Equal((ReasonCategory.CyberViolence, StatedBy.Platform), (claim.Reasons[0].Category, claim.Reasons[0].StatedBy));
    }

    [Fact]
    public void A_quoted_paragraph_continues_the_previous_speaker()
    {
        const string text = "Twitter suspended the account of Nora Vance. \"We acted quickly,\" the company said.\n\"The account was spreading election misinformation.\"";
        var reason = Assert.Single(Fixtures.Single(Fixtures.Extract(text, "en"), ActionType.Suspended).Reasons);
        Assert.Equal((ReasonCategory.NegativeEffectsOnCivicDiscourseOrElections, StatedBy.Platform), (reason.Category, reason.StatedBy));
    }

    [Theory]
    [InlineData("en", "Twitter suspended the account of Nora Vance last week.", "2024-03")]
    [InlineData("fr", "Twitter a suspendu le compte de Nora Vance la semaine dernière.", "2024-03")]
    public void Last_week_gives_an_approximate_month_never_a_day(string language, string text, string expected)
    {
        var claim = Fixtures.Single(Fixtures.Extract(text, language, Published), ActionType.Suspended);
        Assert.Equal(expected, claim.Date?.Value);
        Assert.True(claim.Date!.Approximate);
    }

    [Theory]
    [InlineData("en", "Twitter suspended the account of Nora Vance on March 3. It was restored the next day.")]
    [InlineData("pt", "O Twitter suspendeu a conta de Nora Vance em 3 de março. A conta foi restabelecida no dia seguinte.")]
    [InlineData("de", "Twitter sperrte am 3. März das Konto von Nora Vance. Am nächsten Tag wurde das Konto wiederhergestellt.")]
    public void The_next_day_counts_from_the_previous_date(string language, string text)
    {
        var result = Fixtures.Extract(text, language, Published);
        Assert.Equal("2024-03-04", Fixtures.Single(result, ActionType.Reinstated).Date?.Value);
    }

    [Fact]
    public void The_next_day_without_an_earlier_date_gives_no_date()
    {
        var claim = Fixtures.Single(Fixtures.Extract("Twitter restored the account of Nora Vance the next day.", "en", Published), ActionType.Reinstated);
        Assert.Null(claim.Date);
    }

    [Theory]
    [InlineData("de", "Instagram hat das Konto der Aktivistin Lena Berg gesperrt.", "Lena Berg")]
    [InlineData("fr", "YouTube a fermé la chaîne du collectif Les Voix du Sud.", "Les Voix du Sud")]
    [InlineData("ru", "Фейсбук заблокировал аккаунт активиста Ивана Соколова.", "Ивана Соколова")]
    public void Names_keep_their_article_and_lose_role_nouns(string language, string text, string subject)
    {
        Assert.Equal(subject, Assert.Single(Fixtures.Extract(text, language).Claims).Subject);
    }

    [Theory]
    [InlineData("Le fondateur de Libre Parole Paul Girard a dit que le groupe n'a reçu aucune explication. Libre Parole a été suspendu par Twitter.", "Paul Girard")]
    public void A_speaker_is_split_from_a_group_named_elsewhere(string text, string speaker)
    {
        var claims = Fixtures.Extract("Twitter a suspendu le compte de Libre Parole. " + text, "fr").Claims;
        Assert.DoesNotContain(claims, c => c.Subject.Contains(speaker));
    }

    [Theory]
    [InlineData("Аккаунт журналиста был заблокирован во ВКонтакте.", "VK")]
    [InlineData("Фейсбук удалил публикацию журналиста.", "Facebook")]
    [InlineData("Телеграм заблокировал канал издания.", "Telegram")]
    public void Platforms_are_found_in_cyrillic(string text, string platform)
    {
        Assert.Contains(Fixtures.Extract(text, "ru").Claims, c => c.Platform == platform);
    }

    [Theory]
    [InlineData("ro", "Facebook a suspendat contul jurnalistului Andrei Pop pe 3 martie, a declarat acesta.")]
    [InlineData("pl", "Twitter zawiesił konto dziennikarza Jana Kowalskiego, poinformowała jego redakcja w czwartek.")]
    [InlineData("ru", "Ютуб заблокировал канал блогера Ивана Соколова, сообщил сам блогер в своём телеграм-канале.")]
    [InlineData("uk", "Фейсбук заблокував сторінку журналістки Олени Бойко, і це вже не вперше, повідомила сама журналістка, яка пише про війну.")]
    [InlineData("tr", "Twitter, gazeteci Deniz Kaya'nın hesabını askıya aldı ve bu kararın nedenini açıklamadı.")]
    [InlineData("id", "Twitter menangguhkan akun aktivis Budi Hartono, kata Budi kepada wartawan pada hari Senin.")]
    public void New_languages_are_detected_and_read(string language, string text)
    {
        var result = Fixtures.Extract(text);
        Assert.Equal(language, result.Language);
        Assert.Contains(result.Claims, c => c.Action is ActionType.Suspended);
    }
}
