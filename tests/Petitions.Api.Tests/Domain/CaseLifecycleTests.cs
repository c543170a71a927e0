using Petitions.Api.Domain;

namespace Petitions.Api.Tests.Domain;

public sealed class CaseLifecycleTests
{
    [TestCase(CaseStatus.Received, CaseAction.Assign, CaseStatus.Assigned)]
    [TestCase(CaseStatus.Assigned, CaseAction.Start, CaseStatus.InProgress)]
    [TestCase(CaseStatus.InProgress, CaseAction.Resolve, CaseStatus.Resolved)]
    [TestCase(CaseStatus.Assigned, CaseAction.Return, CaseStatus.Received)]
    [TestCase(CaseStatus.Received, CaseAction.Refer, CaseStatus.Referred)]
    [TestCase(CaseStatus.Assigned, CaseAction.Refer, CaseStatus.Referred)]
    [TestCase(CaseStatus.InProgress, CaseAction.Refer, CaseStatus.Referred)]
    [TestCase(CaseStatus.Resolved, CaseAction.Reply, CaseStatus.Replied)]
    [TestCase(CaseStatus.Referred, CaseAction.Reply, CaseStatus.Referred)]
    [TestCase(CaseStatus.Replied, CaseAction.Close, CaseStatus.Closed)]
    [TestCase(CaseStatus.Referred, CaseAction.Close, CaseStatus.Closed)]
    [TestCase(CaseStatus.Replied, CaseAction.Reopen, CaseStatus.InProgress)]
    [TestCase(CaseStatus.InProgress, CaseAction.Return, CaseStatus.Received)]
    [TestCase(CaseStatus.Assigned, CaseAction.Reroute, CaseStatus.Assigned)]
    [TestCase(CaseStatus.InProgress, CaseAction.Reroute, CaseStatus.Assigned)]
    [TestCase(CaseStatus.Replied, CaseAction.Note, CaseStatus.Replied)]
    [TestCase(CaseStatus.Resolved, CaseAction.Progress, CaseStatus.Resolved)]
    public void Allowed_transitions_lead_where_the_design_says(CaseStatus from, CaseAction action, CaseStatus to) =>
        Assert.That(CaseLifecycle.Next(from, action), Is.EqualTo(to));

    [Test]
    public void A_refusal_names_the_action_the_state_and_where_it_is_allowed_from()
    {
        var refusal = Assert.Throws<TransitionRefusedException>(() => CaseLifecycle.Next(CaseStatus.Assigned, CaseAction.Resolve));

        Assert.That(refusal!.Message, Is.EqualTo("Cannot resolve a case that is Assigned: resolve is allowed only from InProgress."));
    }

    [Test]
    public void A_closed_case_accepts_no_command()
    {
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            Assert.That(CaseLifecycle.CanApply(CaseStatus.Closed, action), Is.False, action.ToString());
        }
    }

    [Test]
    public void Submit_is_never_a_transition_of_an_existing_case()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            Assert.That(CaseLifecycle.CanApply(status, CaseAction.Submit), Is.False, status.ToString());
        }
    }
}
