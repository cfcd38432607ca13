namespace Hadath.Entities.Tests;

/// <summary>Model files written before version 7 (pass after pass) still load, to the same model.</summary>
public sealed class ModelFileVersionTests
{
    /// <summary>
    /// ModelFileTests' tiny model (trained on its four made-up sentences, 5 epochs, 2 folds) as the code before
    /// version 7 saved it: format version 6, 2,340 bytes.
    /// </summary>
    private static readonly byte[] TinyModelVersion6 = Convert.FromBase64String(
        "C/glCI7EOBZyGDmiBdXaVqNIn1CkSz/60w3FEq/Ep38oT7fYPkuXDUW6A7TNzopihVEgGJGNHUywEnnUFdYCXaSuzXf++3tdfGG/PKEwHr3U1ih72K7dmipBcmlOb/Jdx5JspVEeYcRbQa2pPMFpnAf+3ZR8+cuNd0MpGYKIZJAiUm7KjYueupa6ld4DE20LckCaPssBDmemBvD33isouqjewcfXKxVEa+UiI6MQ5j8Px9Xcw7w6I88Wv517FgEeh0ZttEpgbp/FP7qOeD5tE0kzIFiTlFoyIvPCp6va73der8ZdDmaW71uQYMPx13Tw60va1m28iQXNeVsrtdaFN0Y1xvo847q11rdxxMiNlOV4ILnPmzrMU4HvajKiDepp2bRw4iyLjRDKUSGmck2ZhM3E31x5/eoTf/28xJUeqnrEMmPBzQXN/HSYyPzv9SR+MWkivvgXOYPi++sy+zEXmSbxj+E50h6JbENyxXoQjndNwNxQxAU01rntRBb3N3XZ5uLrR31HSUIB8R9WW+bjRhUIN0Mk4Ha+lHP7zIHaLX38mdVVyRCya26gatF59FThu62KRCF2YomVmCfadRBnM5hVC6pFdyxrzUa38DfW1YecKfGwu5y0FvUm/NxUD8MITkpyFJKlaxnXzQ7Cseo7yS/kq6Lue2nnHE0t97YeM2jtmhIJEZgNjHQM318WmfnUVz4niefdHyPM+M98hC2xN1LnD1fxrZE2hmyc/KBMCvbR2fcvDRCjmCf+t4M9RclD0HXH1JmMNftrmO8gKidbsov0oUG4WSBfAz4LGf2dmIjfpY/5Up592C6vvCcZk+s6dvzGF1HU7qdSueU74Kp+SrI/g57K3ma3B8pwmCScUClse5seIfg8NnzH9DTm0lRfaVZ21Ogg2yms6z+dhGcEH9tDPHR0/SiFnVXzVXgDeY7OR4G9zNUh5b8RHGye+QmyF0O4UFo24+V7VTwnPpZtLfn+PmPrFpLeBmeR+xAsc44I+GuC5SmVfBSX9OT70WfvGOeqJOBakiMKL3d9wDCDW7+n3HKEgKjr45/N2hb9Y5zfaH2KX7jva+czOKAz1JV/sYZmZfdVcUnSgy0Xbq+13jxWFKR5wq8cg+cZo2LPHvyVJxTimRz6U8o2P64p86El7vWPldpbRU2DrfJv5IvzSbTgovCLmLs4tg/czIGb0Img+wfCFHAGWT4bNhoQUrHPvJ1+9h/V+Ozn0yZ94W65sx/p+1H4iXpwo8VqCPLT0mmqjjbRUu1RQ9/hDe0HchvoPqvalN3Rhf/0oD7vLTnu8OAtotq9xUA8rzZTrWLJT/ux9v0mL5bWAotH6Fa6aSd7Mg6YR1aiNAxxZo3QED6R2nLBPy7XxV5UwFVIWrdGwkduF8AfPhzdabwn8dL2kKVtXj4VrygqBg0vktk5r+Hii2PsGVaZNWoEoeTf+OupcH5uZ84jWwbm5qPFXItNAjpfeK6NPbHCl8E+k/KXZ2N5Ngusxh/hsfpqbXg3/q+/BXXubWb+jhHnZh8aZDImYf6CgC+fpWzFnxX/VjyR7wI5/NQylmzn4ChhGmUuF2sLHVLwcSTPc0SE9zgZG4XtPjIMK694v7N8nlVwdoLcE+cQXA236mAzX9lGyPhg/sJlLZTn3xUFXgWo3lcy11FjK981CdhjJBzWqxyeDFTo745IYKkIRbb9q0BI+rtxxDCdRRL3y+wnvK+m1L/Qj42/SPvKbSZ1SMjgKuLpsQ+UC4U9pblmfuFwV3ULbBfP5dnkBTppYJWHpjN6qV6QqsmA5cczhIOMvAYGUkgn7hvPfzvBXK5WD8sLWw5vZr+XkGLsWszFhlKlu4C+CMU+/lj+1fJdl9SPLIehngc3qet6ax5hPBe/VJa9d5BIsw5Uk9m57xuHt4kc//VeAXwAz99n3etz8MRlJyOff1G2ZvrnXpb2Asrgjp830Kpu25Dheveppf81vetHiVfTLl9vK5v5y2VtCHih3i2Ta0J+WSX+bjymLxOVh+ItTfAtKVZ5WcLjIp0TNQzC4qa+/KndUUI0rUIvWfSxEnZuQsc6TC25/449Gc2k50D9fWE+aJn4FkccK37MxepsGMFlcOeMtuapzJkhLmm7Wm2XxM6R9ai1asWHAZJCS9xPX4sKgC41RD502ltk0Oygic3F9r9mTs0e+u8TZ/2cAtAffZBGCLGEELY/TNBeo3GRpXxOqtQxA3sk5dubFHVZQLJwZwO3UZGW1P1oMy9L0RTx0KQU94cxzvQ+jOEaxdI75eZLqpnJ1twymm+ZBVgrc4IAANDRPABIEqgjCAAYAlDc1J1zkpdXDHSZ4agqDEoWoPKqemeNarLNBBQoRZ1KCCdozMOc2q1xqGz1nbwy4HqlPR91qqFboNdeO01CVkxUnv6pvdAlAg2DIrLtyZBxfGThwrdTBTNzzp4D6Aj1sPSdzVEZALbmHipCRxLnu7Vw9k/9Ag2JAv4mp+80CTGcoJcV6EWSW+PZGmUnDtrnQJOV3QYGaOCg5bJCQ79KDSrDsFkXyhW8NUlFhsl1nZhHJrSiSOSbO1gQ59/3geV+gUWB0xzBB5so8bs5EVpH6TD3aMjpTly2ovSObUjbcSdyksOJgBEv6sjWMXIIqgktvgvX51zBjgtGcBQ7kYu/NVUgavRIFfDlf6ne5Rxp1XdaTRjeIeZpCDIjrEEO9VIhuojMOpa+ruFXMV3IVgFi5bR7pCa7ttiJXHje4L7gKUX9W9PGxFZKZSC9cVPVDuv6pQS8qkCz8PE907LUL/V/ow5Jw20O35WmbuGjUz28rsnldWC4DOGzV7yQH51AvDZuDTxac3BHD25+8Oq7ctn1u4WYbT6im/9phF4gYQUY04KeD4rzIQDwEOjYNUpWcAYaywnBPE5BZavvZCkPNdkWdEiiQo0t8M3gREm8RY7jHwLgHOVjis6cww9L3clnW7mWovYrZaAfhjhlch3qKJFS5bJIZcuJ8iaqI+MgLrCsWuAvB1Tj1THhDByUk4RGZivLXgoDe6qIMav7QxPnwybeIYmEDr/V0o8uVu3wHkE573iH+Ef1C/mijnlnZ1FzfSVB4XBxbcsXz6/2Q9T7QWrStCuwhhySDVg5H8EK38MtAAwD");

    [Fact]
    public void Version_6_file_loads_to_the_model_that_the_current_version_saves()
    {
        var old = NerModel.Load(new MemoryStream(TinyModelVersion6));
        var saved = new MemoryStream();
        ModelFileTests.TrainTinyModel().Save(saved);
        var resaved = new MemoryStream();
        old.Save(resaved);
        Assert.Equal(saved.ToArray(), resaved.ToArray());
        Assert.NotEqual(TinyModelVersion6, saved.ToArray());
    }

    [Theory]
    [InlineData("قال جون كيري في واشنطن")]
    [InlineData("اعلنت الامم المتحدة في نيويورك")]
    public void Version_6_file_tags_as_the_trained_model(string sentence)
    {
        var words = sentence.Split(' ');
        Assert.Equal(ModelFileTests.TrainTinyModel().TagSentence(words), NerModel.Load(new MemoryStream(TinyModelVersion6)).TagSentence(words));
    }
}
