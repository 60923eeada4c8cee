import requests

API_URL = "http://localhost:8000/api"
API_TOKEN = "your-api-token-here"

headers = {
    "X-API-Token": API_TOKEN,
    "X-Worker-ID": "python-worker-01",
    "Content-Type": "application/json"
}

# Get pending tasks
response = requests.get(f"{API_URL}/tasks/pending", headers=headers)
tasks = response.json()["tasks"]

# Lock a task
task_id = tasks[0]["id"]
requests.post(f"{API_URL}/tasks/{task_id}/lock", 
              json={"worker_id": "python-worker-01"}, 
              headers=headers)

# Process task...
# ...

# Update task status
requests.put(f"{API_URL}/tasks/{task_id}/status",
             json={
                 "status": "success",
                 "result": {"url": "https://example.com/backlink"}
             },
             headers=headers)
