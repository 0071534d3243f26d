using BelongingInsights.Etl.Benchmarks;

namespace BelongingInsights.Etl.Tests;

/// <summary>DfE characteristics, as the releases of different years name them, placed in the warehouse's groups.</summary>
public sealed class PupilGroupsTests
{
    [Theory]
    [InlineData("SEN provision", "EHC plan", "SEND", "SEND")]
    [InlineData("SEN provision", "SEN support", "SEND", "SEND")]
    [InlineData("SEN provision", "No SEN", "SEND", "No SEND")]
    [InlineData("SEN_provision", "SEN_provision_SEN_with_statement_EHC", "SEND", "SEND")]
    [InlineData(null, "SEN_provision_No_identified_SEN", "SEND", "No SEND")]
    [InlineData("FSM", "FSM eligible", "FSM", "FSM")]
    [InlineData("FSM", "FSM not eligible", "FSM", "Not FSM")]
    [InlineData(null, "FSM_Not_eligible", "FSM", "Not FSM")]
    [InlineData("FSM_eligible_in_last_6_years", "FSM_eligible_in_last_6_years", "Disadvantaged", "Disadvantaged")]
    [InlineData(null, "FSM_not_eligible_in_last_6_years", "Disadvantaged", "Not disadvantaged")]
    [InlineData("Sex", "Female", "Gender", "Female")]
    [InlineData("Gender", "Gender male", "Gender", "Male")]
    [InlineData("NC year", "Year 7", "Year group", "Year 7")]
    [InlineData("NC_year", "NC_Year_Reception", "Year group", "R")]
    [InlineData("First language", "Known or believed to be other than English", "EAL", "EAL")]
    [InlineData("First language", "Known or believed to be English", "EAL", "Not EAL")]
    [InlineData("Ethnicity major", "Black - total", "Ethnicity", "Black")]
    [InlineData(null, "Ethnicity_Major_Any_Other_Ethnic_Group", "Ethnicity", "Any other ethnic group")]
    [InlineData("Total", "Total", "All pupils", "All pupils")]
    public void A_published_characteristic_is_the_warehouse_group_it_names(string? group, string value, string grouping, string groupValue)
    {
        var characteristic = PupilGroups.Of(group, value, null);

        Assert.Equal((group, value, grouping, groupValue), (characteristic.Group, characteristic.Value, characteristic.PupilGroup, characteristic.PupilGroupValue));
    }

    [Theory]
    [InlineData("Age", "Age 7", null)]
    [InlineData("Ethnicity minor", "White - White British", null)]
    [InlineData("Ethnicity", "Ethnicity_Minor_White_British", null)]
    [InlineData("SEN primary need", "Autistic spectrum disorder", null)]
    [InlineData("FSM_Eligible", "FSM_Unclassified", null)]
    [InlineData("NC_year", "NC_Year_12_and_above", null)]
    [InlineData("Age and gender", "Age 4 and under Male", null)]
    [InlineData("Age_gender", "Age_5", "Male")]
    public void A_characteristic_that_is_no_warehouse_group_is_kept_as_published_with_none(string? group, string value, string? detail)
    {
        var characteristic = PupilGroups.Of(group, value, detail);

        Assert.Null(characteristic.PupilGroup);
        Assert.Equal(detail is null ? value : $"{value}, {detail}", characteristic.Value);
    }

    [Theory]
    [InlineData("sen_status", "SEN support", "fsm", "FSM eligible", "SEND × FSM", "SEND · FSM")]
    [InlineData("fsm", "FSM not eligible", "sex", "Female", "Gender × FSM", "Female · Not FSM")]
    [InlineData("fsm", "FSM Eligible", "ethnicity_minor", "African", null, null)]
    [InlineData("fsm", "FSM Eligible", "ethnicity_minor", "Total", "FSM", "FSM")]
    [InlineData("fsm", "Total", "ethnicity_minor", "Total", "All pupils", "All pupils")]
    public void A_crossing_of_filter_columns_is_the_warehouse_pair_only_when_each_part_is_one_of_its_groups(
        string column, string value, string otherColumn, string otherValue, string? grouping, string? groupValue)
    {
        var characteristic = PupilGroups.Crossing([(column, value), (otherColumn, otherValue)]);

        Assert.Equal((grouping, groupValue), (characteristic.PupilGroup, characteristic.PupilGroupValue));
    }
}
