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

/// <summary>Arabic: folding, clitics, verb-initial order, names without capitals, both month series.</summary>
public class ArabicTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    [Theory]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي.", "Twitter", ActionType.Terminated, "محمد العلي")]
    [InlineData("علقت منصة إكس حساب الناشطة سارة حسن.", "Twitter", ActionType.Suspended, "سارة حسن")]
    [InlineData("أعادت يوتيوب تفعيل قناة «صوت الحرية».", "YouTube", ActionType.Reinstated, "صوت الحرية")]
    [InlineData("وقد أغلقَ فيسبوك صفحةَ الصحفيِّ أحمد منصور.", "Facebook", ActionType.Suspended, "أحمد منصور")]
    [InlineData("تم حذف حساب @free_voice من قبل إنستغرام.", "Instagram", ActionType.Terminated, "@free_voice")]
    [InlineData("رفعت تيك توك الحظر عن حساب المدونة نور السعدي.", "TikTok", ActionType.Reinstated, "نور السعدي")]
    public void Verb_initial_sentences_name_platform_action_and_subject(string text, string platform, ActionType action, string subject)
    {
        var claim = Assert.Single(Fixtures.Extract(text, "ar").Claims);
        Assert.Equal((platform, action, subject), (claim.Platform, claim.Action, claim.Subject));
    }

    [Theory]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي في 7 يونيو 2023.", "2023-06-07")]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي في ٧ حزيران ٢٠٢٣.", "2023-06-07")]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي في 7 يونيو/حزيران 2023.", "2023-06-07")]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي في 2 كانون الثاني.", "2024-01-02")]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي أمس.", "2024-03-19")]
    public void Dates_read_both_month_series_and_both_digit_sets(string text, string date)
    {
        Assert.Equal(date, Assert.Single(Fixtures.Extract(text, "ar", Published).Claims).Date?.Value);
    }

    [Theory]
    [InlineData("لم تحذف فيسبوك صفحة حركة شباب التغيير.")]
    [InlineData("نفت تويتر أنها علقت حساب الناشط محمد العلي.")]
    [InlineData("يعتزم تيك توك حظر حسابات المجموعة.")]
    [InlineData("حجبت السلطات المصرية موقع مدى مصر على فيسبوك.")]
    [InlineData("أوقفت الشرطة الناشط علي حسين بسبب منشورات على فيسبوك.")]
    [InlineData("قال متحدث باسم ميتا إن الشركة لا تعلق على حساب المدونة.")]
    [InlineData("علق المتحدث باسم يوتيوب على القرار.")]
    public void Negations_plans_governments_and_comments_are_not_actions(string text)
    {
        Assert.Empty(Fixtures.Extract(text, "ar").Claims);
    }

    [Fact]
    public void A_platform_reason_after_a_subject_complaint_comes_first_and_quotes_are_verbatim()
    {
        const string text = "علقت تويتر حساب الناشط سامي الخطيب. وقال الخطيب إنه لم يتلق أي تفسير. وقالت متحدثة باسم تويتر إن الحساب انتهك قواعد المنصة بشأن «خطاب الكراهية».";
        var result = Fixtures.Extract(text, "ar");
        var claim = Assert.Single(result.Claims);
        Assert.Equal(StatedBy.Platform, claim.Reasons[0].StatedBy);
        Assert.Equal(ReasonCategory.IllegalOrHarmfulSpeech, claim.Reasons[0].Category);
        Assert.Equal("خطاب الكراهية", claim.Reasons[0].Quote.Text);
        Assert.Contains(claim.Reasons, r => r.StatedBy == StatedBy.Subject && r.Category == ReasonCategory.NotStated);
        Fixtures.AssertQuotesAreVerbatim(text, result);
    }

    [Fact]
    public void A_blocked_account_in_a_named_country_is_geo_blocked()
    {
        var claim = Assert.Single(Fixtures.Extract("حجبت تويتر حساب @free_voice في تركيا.", "ar").Claims);
        Assert.Equal((ActionType.GeoBlocked, "تركيا"), (claim.Action, claim.Scope));
    }
}

/// <summary>Language detection on one or two sentences.</summary>
public class ShortTextDetectionTests
{
    [Theory]
    [InlineData("Аккаунт журналиста заблокирован в Фейсбуке.", "ru")]
    [InlineData("Ютуб удалил ролик блогера.", "ru")]
    [InlineData("Сторінку журналістки заблоковано у Фейсбуці.", "uk")]
    [InlineData("Ютуб видалив відео блогерки.", "uk")]
    [InlineData("حظرت تويتر حساب الناشط محمد العلي.", "ar")]
    [InlineData("أعادت يوتيوب تفعيل القناة.", "ar")]
    [InlineData("Twitter suspendió la cuenta de Omar.", "es")]
    [InlineData("Twitter ha sospeso l'account di Omar.", "it")]
    [InlineData("O Twitter suspendeu a conta de Omar.", "pt")]
    [InlineData("Twitter heeft het account van Omar geschorst.", "nl")]
    [InlineData("Twitter hat das Konto von Omar gesperrt.", "de")]
    public void One_sentence_with_script_letters_or_an_action_verb_is_enough(string text, string language)
    {
        var result = Fixtures.Extract(text);
        Assert.Equal(language, result.Language);
        Assert.True(result.LanguageDetected);
    }

    [Theory]
    [InlineData("Facebook Omar.")]
    [InlineData("Omar Haddad, Facebook, Berlin.")]
    [InlineData("Twitter Omar suspend.")]
    [InlineData("Instagram: Omar Haddad, Lena Vogt.")]
    [InlineData("یوٹیوب نے چینل کو بند کر دیا ہے اور صارفین ناراض ہیں۔")]
    public void Too_little_evidence_or_an_unread_language_stays_unknown(string text)
    {
        Assert.Equal("und", Fixtures.Extract(text).Language);
    }
}

/// <summary>Persian: verb-final light verbs, negation in the verb, names before "گفت", Solar Hijri numbers left alone.</summary>
public class PersianTests
{
    [Theory]
    [InlineData("توییتر حساب کاربری روزنامه‌نگار سارا احمدی را مسدود کرد.", "Twitter", ActionType.Suspended, "سارا احمدی")]
    [InlineData("یوتیوب کانال «صدای آزادی» را حذف کرد.", "YouTube", ActionType.Terminated, "صدای آزادی")]
    [InlineData("حساب فعال مدنی علی رضایی توسط اینستاگرام مسدود شد.", "Instagram", ActionType.Suspended, "علی رضایی")]
    public void Verb_final_reports_are_read(string text, string platform, ActionType action, string subject)
    {
        var result = Fixtures.Extract(text);
        Assert.Equal("fa", result.Language);
        var claim = Assert.Single(result.Claims);
        Assert.Equal((platform, action, subject), (claim.Platform, claim.Action, claim.Subject));
    }

    [Theory]
    [InlineData("اینستاگرام صفحه فعال مدنی علی رضایی را حذف نکرد.")]
    [InlineData("دولت ایران تلگرام را فیلتر کرد.")]
    public void Negated_and_government_acts_are_not_actions(string text)
    {
        Assert.Empty(Fixtures.Extract(text, "fa").Claims);
    }

    [Fact]
    public void A_solar_hijri_numeric_date_is_not_read_as_gregorian()
    {
        var claim = Assert.Single(Fixtures.Extract("حساب کاربری سارا احمدی در ۱۴۰۲/۰۳/۱۵ توسط توییتر مسدود شد.", "fa", new DateOnly(2023, 6, 20)).Claims);
        Assert.Null(claim.Date);
    }
}
