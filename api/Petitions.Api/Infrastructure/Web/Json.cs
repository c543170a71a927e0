using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Web;

public static class Json
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Vietnamese stays readable in responses instead of \u escapes.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new NfcStringConverter());
        options.Converters.Add(new StrictEnumConverterFactory());
    }

    /// <summary>Every incoming string is stored in NFC, so "Hòa" typed on any keyboard is the same "Hòa".</summary>
    private sealed class NfcStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? reader.GetString()?.Normalize(NormalizationForm.FormC)
                : throw new CodedJsonException(ProblemCode.BodyExpectedString, new { got = Kind(reader.TokenType) }, $"Expected a string, got {Describe(reader.TokenType)}.");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }

    /// <summary>Enums travel as their names only; an unknown name says which names are allowed.</summary>
    private sealed class StrictEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Names =
            Enum.GetValues<TEnum>().Distinct().ToDictionary(value => value, value => JsonEncodedText.Encode(value.ToString()));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (name is not null && Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) &&
                Enum.IsDefined(value) && !char.IsDigit(name[0]))
            {
                return value;
            }

            var shown = name is null ? Describe(reader.TokenType) : $"'{name}'";
            throw new CodedJsonException(
                ProblemCode.BodyUnknownName,
                new { value = name, allowed = Enum.GetNames<TEnum>() },
                $"{shown} is not a valid {typeof(TEnum).Name}; use one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            if (Names.TryGetValue(value, out var name))
            {
                writer.WriteStringValue(name);
            }
            else
            {
                writer.WriteStringValue(value.ToString());
            }
        }
    }

    /// <summary>What was sent instead, as data: number, boolean, list, object, null.</summary>
    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.StartArray => "list",
        JsonTokenType.StartObject => "object",
        JsonTokenType.Null => "null",
        _ => "other",
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
