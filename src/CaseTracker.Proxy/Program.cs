using CaseTracker.Proxy;

// One entry point in front of several API nodes: YARP spreads requests over the nodes that are up.
var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<Yarp.ReverseProxy.Health.TransportFailureRateHealthPolicyOptions>(NodeRoutes.JudgeFromFirstFailure);
builder.Services.AddReverseProxy().LoadFromMemory(NodeRoutes.Routes(), [NodeRoutes.Cluster(builder.Configuration.GetSection("Proxy"))]);

var app = builder.Build();
app.MapReverseProxy();
app.Run();
