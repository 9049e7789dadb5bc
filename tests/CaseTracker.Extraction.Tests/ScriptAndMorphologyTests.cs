using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Short passive participles (ru, uk), Turkish locative scope, Arabic-script folding and clitics, short-text detection.</summary>
public class ScriptAndMorphologyTests
{
    [Theory]
    [InlineData("ru", "Блогер Иван Соколов сообщил, что его канал заблокирован Ютубом.", "YouTube", "Иван Соколов")]
    [InlineData("ru", "Иван Соколов: аккаунт заблокирован Фейсбуком.", "Facebook", "Иван Соколов")]
    [InlineData("uk", "Олена Бойко: сторінку заблоковано Фейсбуком.", "Facebook", "Олена Бойко")]
    [InlineData("uk", "Сторінку журналістки Олени Бойко заблоковано у Фейсбуці.", "Facebook", "Олени Бойко")]
    public void A_short_passive_participle_needs_no_auxiliary(string language, string text, string platform, string subject)
    {
        var claim = Fixtures.Single(Fixtures.Extract(text, language), ActionType.Suspended);
        Assert.Equal((platform, subject), (claim.Platform, claim.Subject));
    }

    [Theory]
    [InlineData("ru", "Ютуб заблокировал канал блогера Ивана Соколова 3 июля. Канал восстановлен 6 июля.", "2023-07-06")]
    [InlineData("uk", "Фейсбук заблокував сторінку Олени Бойко 3 липня. Сторінку розблоковано 6 липня.", "2023-07-06")]
    public void A_short_passive_reinstatement_follows_the_earlier_report(string language, string text, string date)
    {
        var result = Fixtures.Extract(text, language, new DateOnly(2023, 7, 20));
        var reinstated = Fixtures.Single(result, ActionType.Reinstated);
        Assert.Equal(date, reinstated.Date?.Value);
        Assert.Equal(Fixtures.Single(result, ActionType.Suspended).Subject, reinstated.Subject);
    }

    [Theory]
    [InlineData("Gazeteci Ayşe Yılmaz'ın Twitter hesabı Türkiye'de erişime engellendi.")]
    [InlineData("Twitter, gazeteci Ayşe Yılmaz'ın hesabını Türkiye'de erişime engelledi.")]
    [InlineData("YouTube, Deniz Kaya'nın kanalını Rusya'da erişime kapattı.")]
    public void A_turkish_locative_before_the_verb_is_the_scope(string text)
    {
        var claim = Fixtures.Single(Fixtures.Extract(text, "tr"), ActionType.GeoBlocked);
        Assert.NotNull(claim.Scope);
        Assert.DoesNotContain(claim.Scope!, claim.Subject);
    }

    [Fact]
    public void Without_a_territory_a_turkish_block_stays_a_suspension()
    {
        Assert.Single(Fixtures.Extract("Twitter, gazeteci Ayşe Yılmaz'ın hesabını erişime engelledi.", "tr").Claims, c => c.Action == ActionType.Suspended);
    }
}
