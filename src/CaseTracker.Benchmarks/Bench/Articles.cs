using CaseTracker.Api.Features.Sources;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>One subject on one platform, the person a run of articles is about.</summary>
public sealed record BenchSubject(string Platform, string Role, string Name, string Language);

/// <summary>
/// News articles in six languages, in the phrasing the extractor's annotated articles use: a
/// platform restricts a person's account on a day, someone states a reason, the account comes
/// back later. The extractor reads them like any article, so what lands in the store is what
/// ingestion and review would have produced.
/// </summary>
public static class Articles
{
    public static readonly string[] Platforms = ["Twitter", "YouTube", "Facebook", "Instagram", "TikTok", "Telegram"];
    private static readonly string[] Languages = ["en", "fr", "es", "de", "pt", "it"];

    private static readonly string[] FirstNames =
    [
        "Carlos", "Marie", "Lena", "Pedro", "Marco", "Hannah", "Luis", "Sofia", "Jonas", "Clara", "Diego", "Anna", "Paulo", "Elena",
        "Felix", "Laura", "Tomas", "Julia", "Ivan", "Nora", "Rafael", "Ines", "Oscar", "Lucia", "Hugo", "Maya", "Bruno", "Alice",
        "Victor", "Rosa", "Daniel", "Sara", "Martin", "Irene", "Pablo", "Greta", "Mateo", "Chiara", "Andre", "Emma",
    ];

    private static readonly string[] LastNames =
    [
        "Ruiz", "Dubois", "Vogt", "Alves", "Bellini", "Cole", "Ortega", "Moreau", "Keller", "Santos", "Romano", "Fischer", "Navarro",
        "Lambert", "Costa", "Ricci", "Weber", "Herrera", "Girard", "Pereira", "Greco", "Becker", "Molina", "Fontaine", "Ramos",
        "Marino", "Hoffmann", "Castro", "Mercier", "Lopes", "Conti", "Wagner", "Vargas", "Rousseau", "Barros", "Gallo", "Schulz",
        "Delgado", "Bonnet", "Ferreira", "Leone", "Braun", "Rojas", "Chevalier", "Moura", "Colombo", "Krause", "Medina", "Lemaire",
        "Teixeira", "Esposito", "Richter", "Suarez", "Garnier", "Cardoso", "Rinaldi", "Wolf", "Serrano", "Perrin", "Nunes",
    ];

    /// <summary>The n-th distinct subject: its name is unique on its platform (one open case per subject and platform).</summary>
    public static BenchSubject Subject(long n)
    {
        var platform = Platforms[n % Platforms.Length];
        var rest = n / Platforms.Length;
        // The language is not divided out: the name alone must tell subjects of one platform apart.
        var language = Languages[rest % Languages.Length];
        var first = FirstNames[rest % FirstNames.Length];
        rest /= FirstNames.Length;
        var last = LastNames[rest % LastNames.Length];
        rest /= LastNames.Length;
        // Double surnames once the single ones run out (Ruiz Ortega, ...): unique far past 100,000 subjects per platform.
        var name = rest == 0 ? $"{first} {last}" : $"{first} {last} {LastNames[(rest - 1) % LastNames.Length]}";
        return new BenchSubject(platform, "journalist", name, language);
    }

    /// <summary>
    /// An article about the subject: suspended on <paramref name="day"/> of <paramref name="month"/>
    /// (reinstated two days later when <paramref name="reinstated"/>), numbered so its URL and text are its own.
    /// </summary>
    public static SourceRequest Article(BenchSubject s, long number, int day, int month, bool reinstated, string outlet)
    {
        var back = day + 2;
        var (title, body) = s.Language switch
        {
            "fr" => ($"{s.Platform} suspend le compte du journaliste {s.Name}",
                $"{s.Platform} a suspendu le compte du journaliste {s.Name} le {day} {Fr[month - 1]}, a annoncé le journaliste. Un porte-parole de {s.Platform} a affirmé que le compte avait enfreint les règles sur le harcèlement." +
                (reinstated ? $"\n\nLe compte a été rétabli le {back} {Fr[month - 1]}." : "")),
            "es" => ($"{s.Platform} suspende la cuenta del periodista {s.Name}",
                $"{s.Platform} suspendió la cuenta del periodista {s.Name} el {day} de {Es[month - 1]}, según el propio periodista. La empresa dijo que la cuenta violó sus normas sobre desinformación." +
                (reinstated ? $"\n\nEl {back} de {Es[month - 1]} la cuenta fue restablecida." : "")),
            "de" => ($"{s.Platform} sperrt Konto des Journalisten {s.Name}",
                $"{s.Platform} hat das Konto des Journalisten {s.Name} am {day}. {De[month - 1]} gesperrt, teilte er mit. Ein Sprecher von {s.Platform} erklärte, das Konto habe gegen die Richtlinien zu Hassrede verstoßen." +
                (reinstated ? $"\n\nAm {back}. {De[month - 1]} wurde das Konto wiederhergestellt." : "")),
            "pt" => ($"{s.Platform} suspende conta do jornalista {s.Name}",
                $"O {s.Platform} suspendeu a conta do jornalista {s.Name} em {day} de {Pt[month - 1]}, segundo a assessoria do jornalista. A empresa afirmou que a conta violou as regras sobre desinformação." +
                (reinstated ? $"\n\nA conta foi reativada em {back} de {Pt[month - 1]}." : "")),
            "it" => ($"{s.Platform} sospende l'account del giornalista {s.Name}",
                $"{s.Platform} ha sospeso l'account del giornalista {s.Name} il {day} {It[month - 1]}, ha dichiarato il suo avvocato. Secondo {s.Platform}, l'account aveva violato le linee guida sul bullismo." +
                (reinstated ? $"\n\nL'account è stato riattivato il {back} {It[month - 1]}." : "")),
            _ => ($"{s.Platform} suspends account of journalist {s.Name}",
                $"{s.Platform} suspended the account of the journalist {s.Name} on {day} {En[month - 1]}, the journalist said. The company said the account had broken its rules on spam." +
                (reinstated ? $"\n\nOn {back} {En[month - 1]} {s.Platform} restored the account." : "")),
        };
        // The closing line makes the text (and its hash) this article's own, as two outlets never write the same words.
        var text = $"{title}\n\n{body}\n\n{outlet} #{number}.";
        var published = new DateOnly(2024, month, Math.Min(28, back + 1));
        return new SourceRequest(outlet, $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/{s.Language}/{number}", title, s.Language,
            published.ToString("yyyy-MM-dd"), text);
    }

    public static readonly string[] Outlets = ["Daily Example", "Le Quotidien", "El Diario", "Der Bote", "O Jornal", "La Gazzetta", "Press Wire", "Civic Monitor"];

    private static readonly string[] En = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] De = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    private static readonly string[] Pt = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
    private static readonly string[] It = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
}
